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
        /// The message text that matched (cut out of the normalised text when read: most hits are never shown).
        public var words: Substring { NormalizedText.slice(of: text, bytes: bytes) }
        /// The normalised text the hit is in, and the bytes of it that matched.
        private let text: String
        private let bytes: Range<Int>
        let isHighPriority: Bool

        init(intent: Int, score: Int, source: Source, text: String, bytes: Range<Int>, isHighPriority: Bool) {
            (self.intent, self.score, self.source) = (intent, score, source)
            (self.text, self.bytes, self.isHighPriority) = (text, bytes, isHighPriority)
        }

        /// Hits are equal when they say the same: intent, score, source and words.
        public static func == (a: Hit, b: Hit) -> Bool {
            a.intent == b.intent && a.score == b.score && a.source == b.source && a.words == b.words
                && a.isHighPriority == b.isHighPriority
        }

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
    /// The best hit of each intent that matched (made when read: a turn asks `hit(_:)` of a few intents instead).
    public var hits: [Int: Hit] { Dictionary(uniqueKeysWithValues: best.map { ($0.intent, $0) }) }
    /// The same, one per intent, in the order the matcher kept them.
    private let best: [Hit]
    /// Evidence thrown away, with the reason (negated, excluded, not the whole message), for traces.
    public var discarded: [String] { discards.map { $0.text(brain) } }
    /// The same, as values: the text is written only when asked for.
    let discards: [Discard]
    private let brain: Brain
    /// Frames found anywhere in the message, for traces (their text is written only when asked for).
    public var frames: [FrameMatch] {
        frameHits.map { FrameMatch(frame: brain.frames[$0.frame].name, words: String(normalized.text(bytes: $0.bytes))) }
    }
    /// The same, as frame ids and byte ranges of the normalised text.
    private let frameHits: [(frame: Int, bytes: Range<Int>)]
    /// Words read as another word by spelling tolerance ("chokin -> choking"), for traces.
    public let corrections: [String]

    /// The intents in `hits`, as bits: most questions a turn asks are about intents that did not match, and a
    /// bit answers those without searching.
    private let matched: IntentSet

    /// Whether an intent matched: `hit(_:) != nil` without making (and then destroying) the optional hit.
    func hasHit(_ intent: Int) -> Bool { intent >= 0 && matched.contains(intent) }

    /// The hit for an intent, if it matched.
    public func hit(_ intent: Int) -> Hit? {
        guard intent >= 0, matched.contains(intent) else { return nil }
        return best.first { $0.intent == intent }
    }

    /// `hits`: at most one per intent.
    init(normalized: NormalizedText, hits: [Hit], discards: [Discard], brain: Brain, frames: [(frame: Int, bytes: Range<Int>)],
         corrections: [String]) {
        self.normalized = normalized
        best = hits
        var matched = IntentSet(capacity: (hits.lazy.map(\.intent).max() ?? -1) + 1)
        for hit in hits { matched.insert(hit.intent) }
        self.matched = matched
        self.discards = discards
        self.brain = brain
        self.frameHits = frames
        self.corrections = corrections
    }

    /// Evidence thrown away, and why.
    struct Discard: Sendable {
        enum Reason: Sendable {
            /// Excluded by an `unless:` phrase, found on these words.
            case excluded(Substring)
            /// Cancelled by the negating words (the built-in cue or the words of `frame negation`).
            case negation(String)
            /// Cancelled by a frame (its id), found on some words.
            case frame(Int, Substring)
            /// Outside every frame the intent needs.
            case outsideFrames
            case notWholeMessage
        }

        let hit: Hit
        let reason: Reason

        /// The trace line: `intent: evidence on "words" reason`.
        func text(_ brain: Brain) -> String {
            let because: String
            switch reason {
            case .excluded(let words): because = "is excluded by an 'unless' phrase (\"\(words)\")"
            case .negation(let cue): because = "is cancelled by frame negation (\"\(cue)\")"
            case .frame(let frame, let words): because = "is cancelled by frame \(brain.frames[frame].name) (\"\(words)\")"
            case .outsideFrames:
                let names = brain.intents[hit.intent].requiredFrames.map { brain.frames[$0].name }.joined(separator: " or ")
                because = "is not inside frame \(names)"
            case .notWholeMessage: because = "is not the whole message"
            }
            return "\(brain.intents[hit.intent].name): \(hit.evidence) on \"\(hit.words)\" \(because)"
        }
    }
}
