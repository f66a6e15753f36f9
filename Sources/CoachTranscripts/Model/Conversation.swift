import CoachCore

/// `test: NAME`: one conversation to replay against the coach, turn by turn.
public struct Conversation: Sendable {
    public var name: String
    /// Where `test:` is written.
    public var location: SourceLocation
    public var setup: Setup
    public var turns: [Turn]

    public init(name: String, location: SourceLocation, setup: Setup = Setup(), turns: [Turn] = []) {
        self.name = name
        self.location = location
        self.setup = setup
        self.turns = turns
    }

    /// True when the conversation opens with the coach's greeting rather than the person's message.
    public var coachSpeaksFirst: Bool { turns.first?.input == .greeting }
}
