/// What the matcher found in one message: the normalised text and each intent's best evidence.
public struct MessageAnalysis: Sendable {
    /// Why an intent matched.
    public struct Hit: Sendable, Equatable {
        public let intent: Int
        /// How many words the evidence covers: longer evidence is more specific.
        public let score: Int
        /// What matched, for traces: `keyword "knife"` or `regex /…/`.
        public let evidence: String
        /// The message words that matched.
        public let words: String

        /// The same evidence, ranked as if it covered all `count` words (`priority: high`).
        func ranking(asWholeMessageOf count: Int) -> Hit {
            Hit(intent: intent, score: max(score, count), evidence: evidence + " (priority: high)", words: words)
        }
    }

    public let normalized: NormalizedText
    /// The best hit of each intent that matched.
    public let hits: [Int: Hit]
    /// Evidence thrown away, with the reason (negated, excluded, not the whole message), for traces.
    public let discarded: [String]

    /// The hit for an intent, if it matched.
    public func hit(_ intent: Int) -> Hit? { hits[intent] }
}
