import CoachCore

/// How one conversation went: passed, or the first turn that did not do what the transcript expects.
public struct ConversationResult: Sendable {
    /// The transcript file, as used in reports.
    public var file: String
    public var name: String
    /// Where `test:` is written.
    public var location: SourceLocation
    /// How many turns ran (all of them when it passed).
    public var turnsRun: Int
    /// nil when every turn did what was expected.
    public var failure: TurnFailure?
    /// What the conversation touched in the dialogue, for coverage.
    public var exercised: Exercised
    /// Seconds taken.
    public var duration: Double

    public var passed: Bool { failure == nil }
}

/// The first turn that went wrong: every expectation of that turn it missed, and what the coach did.
public struct TurnFailure: Sendable {
    /// 1-based.
    public var turnNumber: Int
    public var turn: Turn
    public var mismatches: [Mismatch]
    public var actual: ActualTurn
}

/// One expectation a turn missed, with the reason in words (and for messages, a diff).
public struct Mismatch: Sendable {
    public var expectation: Expectation
    public var message: String
    /// For `<` lines: expected against actual, message by message; empty otherwise.
    public var diff: [DiffLine]

    public init(_ expectation: Expectation, _ message: String, diff: [DiffLine] = []) {
        self.expectation = expectation
        self.message = message
        self.diff = diff
    }
}

/// One line of a diff of the coach's messages: the same in both, only expected (-), or only actual (+).
public struct DiffLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case same, expected, actual }
    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// What the coach did in a turn, in the terms transcripts use.
public struct ActualTurn: Sendable, Equatable {
    /// The texts of the messages, without surrounding spaces; choice-only replies left out.
    public var messages: [String]
    /// Every quick reply offered this turn, in order.
    public var choices: [String]
    public var state: String
    public var ended: Bool
    public var intent: String?
    public var tags: [String]
    public var trace: [String]

    public init(_ turn: TurnResult) {
        messages = turn.replies.compactMap { $0.text.isEmpty ? nil : $0.text.trimmedLines }
        choices = turn.replies.flatMap { $0.choices ?? [] }
        state = turn.session.state
        ended = turn.session.ended
        intent = turn.intent
        tags = turn.tags
        trace = turn.trace
    }
}
