/// What the matcher keeps per pattern while it reads one message, made once and reused for message after message
/// (see `PatternMarks`): where each candidate was last offered, and the list of candidates.
struct MatchWorkspace {
    /// Per pattern: one more than the position it was last offered at as a candidate.
    var visited: PatternMarks
    /// The message's candidate patterns (`PatternIndex.candidates`), kept for its capacity.
    var candidates: [PatternIndex.Candidate] = []

    init(patterns: Int) {
        visited = PatternMarks(patterns: patterns)
    }
}
