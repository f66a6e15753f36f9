/// One message from the coach, with its quick replies.
public struct Reply: Codable, Equatable, Sendable {
    public var text: String
    /// Quick-reply labels; nil when the coach offers none.
    public var choices: [String]?

    public init(text: String, choices: [String]? = nil) {
        self.text = text
        self.choices = choices
    }

    /// Choices as a numbered list, one per line ("1. Distract"), for plain-text channels and menus.
    public static func numbered(_ choices: [String]) -> String {
        choices.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: "\n")
    }
}

/// What one turn produced: the new session state and everything said, with the reasons.
public struct TurnResult: Sendable {
    public var session: SessionState
    public var replies: [Reply] = []
    /// The intent that decided the turn, or nil (choices, `on any`, fallback, start).
    public var intent: String?
    /// Tags of the states entered and the replies given this turn, without repeats.
    public var tags: [String] = []
    /// Human-readable lines explaining the turn, for `--trace`.
    public var trace: [String] = []
    /// The transitions taken, as (from, to) state names, for coverage.
    public var transitions: [(from: String, to: String)] = []
    /// True when the conversation ended this turn.
    public var ended: Bool { session.ended }

    /// Whether `note` records lines.
    public let tracing: Bool

    public init(session: SessionState, tracing: Bool = true) {  // public: transports build replies such as /forget's
        self.session = session
        self.tracing = tracing
    }

    /// Adds a trace line, building its text only when tracing.
    mutating func note(_ line: @autoclosure () -> String) {
        if tracing { trace.append(line()) }
    }

    mutating func addTags(_ new: [String]) {
        tags.reserveCapacity(tags.count + new.count)  // one allocation for the lot, not one per doubling
        for tag in new where !tags.contains(tag) { tags.append(tag) }
    }
}
