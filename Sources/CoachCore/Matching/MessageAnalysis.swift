/// What the matcher found in one message: the normalised text and each intent's best evidence.
public struct MessageAnalysis: Sendable {
    /// Why an intent matched.
    public struct Hit: Sendable, Equatable {
        /// What kind of evidence matched, and its source text in the script.
        public enum Source: Sendable, Equatable {
            case keyword(String)
            case pattern(SourceLocation)
            case regex(String)
        }

        public let intent: Int
        /// How many words the evidence covers: longer evidence is more specific. `priority: high`
        /// intents rank as if they covered the whole message.
        public let score: Int
        public let source: Source
        /// The message text that matched.
        public let words: Substring
        let isHighPriority: Bool

        /// What matched, for traces: `keyword "knife"` or `regex /…/`.
        public var evidence: String {
            let base: String
            switch source {
            case .keyword(let text): base = "keyword \"\(text)\""
            case .pattern(let location): base = "pattern at \(location.file):\(location.line)"
            case .regex(let pattern): base = "regex /\(pattern)/"
            }
            return isHighPriority ? base + " (priority: high)" : base
        }
    }

    /// A frame found in the message (negation, the past, a hypothetical...), on which words.
    public struct FrameMatch: Sendable, Equatable {
        public let frame: String
        public let words: String
    }

    public let normalized: NormalizedText
    /// The best hit of each intent that matched.
    public let hits: [Int: Hit]
    /// Evidence thrown away, with the reason (negated, excluded, not the whole message), for traces.
    public let discarded: [String]
    /// Frames found anywhere in the message, for traces.
    public let frames: [FrameMatch]
    /// Words read as another word by spelling tolerance ("chokin -> choking"), for traces.
    public let corrections: [String]

    /// The hit for an intent, if it matched.
    public func hit(_ intent: Int) -> Hit? { hits[intent] }
}
