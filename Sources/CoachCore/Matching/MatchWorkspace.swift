/// What the matcher keeps per pattern while it reads one message, made once and reused for message after message
/// (see `PatternMarks`): whether each pattern may match, and where a candidate was last visited.
struct MatchWorkspace {
    /// Per pattern: 0 not yet checked, 1 may match, 2 cannot (a word it needs is missing or nobody listens).
    var possible: PatternMarks
    /// Per pattern: one more than the position it was last offered at as a candidate.
    var visited: PatternMarks

    init(patterns: Int) {
        possible = PatternMarks(patterns: patterns)
        visited = PatternMarks(patterns: patterns)
    }
}
