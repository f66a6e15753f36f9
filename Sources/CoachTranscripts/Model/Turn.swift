import CoachCore

/// One turn of a conversation: what the person does, and what the coach's answer must do.
public struct Turn: Sendable {
    /// What starts the turn.
    public enum Input: Sendable, Equatable {
        /// The coach speaks first (its greeting): the conversation's first step is a coach line.
        case greeting
        /// `> text`: the person sends a message.
        case message(String)
        /// `> /back`, `> /restart`, `> /start`, `> /forget` or `> /plan`: a slash command, as every transport has it.
        case command(SlashCommand)
    }

    public var input: Input
    /// The `>` line, or for a greeting the first expectation.
    public var location: SourceLocation
    /// Where the shared steps holding the `>` line were used, innermost first.
    public var usedAt: [SourceLocation]
    public var expectations: [Expectation]

    public init(input: Input, location: SourceLocation, usedAt: [SourceLocation] = [], expectations: [Expectation] = []) {
        self.input = input
        self.location = location
        self.usedAt = usedAt
        self.expectations = expectations
    }

    /// The input as written in a transcript: `> text`, `> /back`, or `(the coach speaks first)`.
    public var inputSource: String {
        switch input {
        case .greeting: return "(the coach speaks first)"
        case .message(let text): return text.isEmpty ? ">" : "> " + text
        case .command(let command): return "> /" + command.rawValue
        }
    }
}
