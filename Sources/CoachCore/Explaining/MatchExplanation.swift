/// What `coach match` shows for one message: how it was read, every intent it matched and on which
/// words, the evidence thrown away, and which intent decides the turn in a state and why the others lost.
public struct MatchExplanation: Sendable {
    /// One intent the message matched, with its best evidence.
    public struct Match: Sendable, Equatable {
        public let intent: String
        /// What kind of evidence matched: a keyword's text, a pattern's location, a regex's source.
        public let source: MessageAnalysis.Hit.Source
        /// True for `priority: high` intents.
        public let highPriority: Bool
        /// The words of the message it covers.
        public let words: String
        /// How many words it covers (`priority: high` intents count the whole message).
        public let score: Int
        /// False when the state neither has an `on` line for it nor an interrupt.
        public let listened: Bool
    }

    /// Why an intent that matched does not decide the turn.
    public enum LossReason: Sendable, Equatable {
        /// The state has no `on` line for it and it is no interrupt.
        case notListened
        /// An earlier interrupt matched and decides first.
        case interruptOrder(winner: String)
        /// An interrupt matched; interrupts come before the state's own lines.
        case interruptFirst(winner: String)
        /// A quick-reply choice was picked (by number or by its exact label) before `on` lines are tried.
        case choiceFirst(label: String)
        /// Another intent's evidence covers more words.
        case fewerWords(own: Int, winner: String, winnerWords: Int)
        /// As many words as the winner, whose `on` line comes first.
        case tieToFirstLine(winner: String)
        /// Its `on` line has a condition that does not hold.
        case conditionFails(String)
        /// The state only notices it (`notice:`): it sets its slot, it does not decide.
        case noticedOnly
        /// The words learned from examples (`learn`) point to the winner instead.
        case learnedWords(winner: String)
    }

    /// An intent that matched and does not decide the turn.
    public struct Loser: Sendable, Equatable {
        public let intent: String
        public let reason: LossReason

        public init(intent: String, reason: LossReason) {
            self.intent = intent
            self.reason = reason
        }
    }

    /// How the Decider reached its outcome, in its order.
    public enum Route: Sendable, Equatable {
        /// The first interrupt that matched.
        case interrupt
        /// An interrupt's intent, sent where the state's own `on` line for it says.
        case ownLineOverInterrupt
        /// A choice by number ("2").
        case choiceByNumber
        /// A choice by its exact label.
        case choiceByLabel
        /// The state's `on` line whose intent covers the most words (ties: the first line).
        case onLine
        /// An interrupt the state ranks with its `on` lines (`not interrupted by:`), covering the most words.
        case rankedInterrupt
        /// A choice by an intent its label and the message both match (`heard in labels`), after no `on` line matched.
        case choiceByHeardIntent
        /// A choice by its words, after no `on` line matched.
        case choiceByWords
        /// The one choice whose label shares a word with the message, after nothing else matched.
        case choiceBySharedWord
        /// The words learned from examples (`learn`): no pattern of the state matched, or the words took the message.
        case learnedWords
        /// The first interrupt that matched, doubted (`doubt`): the learned words point to `none`.
        case doubtedInterrupt
        /// No intent, no choice: `on any`.
        case any
        /// Nothing applied.
        case fallback
    }

    /// What decides the turn in the state.
    public enum Outcome: Sendable, Equatable {
        /// An intent (by interrupt or `on` line) leads to `target`.
        case intent(String, target: String)
        /// A quick-reply choice.
        case choice(String, target: String)
        /// The state's `on any`.
        case any(target: String)
        /// Nothing: the fallback (or, for a first message, the greeting).
        case fallback
    }

    public let message: String
    /// The normalised words the matcher sees.
    public let words: String
    /// Spelling corrections ("chokin -> choking").
    public let corrections: [String]
    /// Frames found in the message, with their words.
    public let frames: [MessageAnalysis.FrameMatch]
    /// Every intent that matched, listened to or not, in script order.
    public let matches: [Match]
    /// Evidence thrown away, with the reason.
    public let discarded: [String]
    /// The state the message was decided in.
    public let state: String
    /// True when explained as the first message of a new conversation.
    public let isFirstMessage: Bool
    public let outcome: Outcome
    /// Why it won.
    public let route: Route
    /// Every other intent that matched, with why it lost.
    public let losers: [Loser]
    /// What each learned model (`learn`, in the order of the lines) reads in the message, asked or not: the label its
    /// words point to and by how much, so a trainer sees how near a message came to a lead.
    public let learned: [LearnedGuess]

    /// One learned model's reading: the intents it teaches, the label its words point to, and the lead over the next.
    public struct LearnedGuess: Sendable, Equatable {
        public let teaches: [String]
        public let label: String
        public let lead: Double
    }

    /// The intent that decides the turn, if any.
    public var decidingIntent: String? {
        if case .intent(let name, _) = outcome { return name }
        return nil
    }
}

extension MatchExplanation.Route: CustomStringConvertible {
    /// The rule that decided, in a trainer's words.
    public var description: String {
        switch self {
        case .interrupt: return "the first interrupt that matched (interrupts come first, in the order written)"
        case .ownLineOverInterrupt: return "an interrupt's intent, and this state's own 'on' line for it overrides the interrupt's target"
        case .rankedInterrupt: return "an interrupt this state ranks with its 'on' lines ('not interrupted by'), covering the most words (ties: the state's own lines first)"
        case .choiceByNumber: return "a choice by its number"
        case .choiceByLabel: return "a choice by its exact label"
        case .onLine: return "the state's 'on' line whose intent covers the most words (ties: the line written first)"
        case .choiceByHeardIntent: return "a choice by an intent its label and the message both match ('heard in labels'; no 'on' line matched)"
        case .choiceByWords: return "a choice by its words (no 'on' line matched)"
        case .choiceBySharedWord: return "the one choice whose label shares a word with the message (nothing else matched)"
        case .learnedWords: return "the words learned from examples ('learn'): no pattern decided, or the words took the message from the intent the patterns chose"
        case .doubtedInterrupt: return "an interrupt matched, but the words learned from examples point to none: its 'doubt' line decided"
        case .any: return "no intent matched: the state's 'on any'"
        case .fallback: return "nothing matched"
        }
    }
}

extension MatchExplanation.LossReason: CustomStringConvertible {
    /// The reason in a trainer's words.
    public var description: String {
        switch self {
        case .notListened: return "not listened to in this state (no 'on' line, no interrupt)"
        case .interruptOrder(let winner): return "interrupt order: '\(winner)' is an earlier interrupt"
        case .interruptFirst(let winner): return "interrupt '\(winner)' decides before the state's own lines"
        case .choiceFirst(let label): return "the choice \"\(label)\" is picked before the state's 'on' lines"
        case .fewerWords(let own, let winner, let winnerWords):
            return "most words covered: \(own) against \(winnerWords) for '\(winner)'"
        case .tieToFirstLine(let winner): return "tie on words covered: the first line wins ('\(winner)')"
        case .conditionFails(let condition): return "its 'on' line's condition does not hold (if \(condition))"
        case .noticedOnly: return "only noticed in this state ('notice:' sets its slot; it does not decide)"
        case .learnedWords(let winner): return "the words learned from examples point to '\(winner)' by a clear lead"
        }
    }
}
