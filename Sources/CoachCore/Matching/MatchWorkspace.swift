/// What the matcher keeps per pattern while it reads one message, made once and reused for message after message
/// (see `PatternMarks`): where each candidate was last offered, the list of candidates, the message's words and its scan.
struct MatchWorkspace {
    /// Per pattern: one more than the position it was last offered at as a candidate.
    var visited: PatternMarks
    /// The message's candidate patterns at the front (`PatternIndex.candidates`), then room kept for the next message's;
    /// after the first pass of `Matcher.Analysis.findPatterns`, the first `putOff` are those it put off (`isAskedFor`),
    /// in order, and the rest is room.
    var candidates: [PatternIndex.Candidate] = []
    var putOff = 0
    /// The frames the evidence asks for and their marks by frame id (`Matcher.Analysis.findAskedFor`), kept for their room.
    var framesAskedFor: [Int] = []
    var frameMarks: [UInt8] = []
    /// The message's words as the matcher sees them, read into the arrays of the last message's (`TokenView.read`).
    var view = TokenView()
    /// The beginnings and requirements the message's words meet (`PatternIndex.scan(_:into:)`, then `candidates`).
    var scan = PatternIndex.Scan()
    /// A message's evidence before the checks and the frames it has (`Matcher.Analysis`), kept for their room: empty
    /// between messages.
    var pending: [Matcher.Candidate] = []
    var frameHits: [(frame: Int, range: Range<Int>)] = []
    /// The pattern runner's arrays (`PositionRunner`), cleared by each runner for the next.
    var runnerMemory = RunnerMemory()

    init(patterns: Int) {
        visited = PatternMarks(patterns: patterns)
    }
}
