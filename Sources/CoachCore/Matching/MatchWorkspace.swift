/// What the matcher keeps per pattern while it reads one message, made once and reused for message after message
/// (see `PatternMarks`): where each candidate was last offered.
struct MatchWorkspace {
    /// Per pattern: one more than the position it was last offered at as a candidate.
    var visited: PatternMarks

    init(patterns: Int) {
        visited = PatternMarks(patterns: patterns)
    }
}
