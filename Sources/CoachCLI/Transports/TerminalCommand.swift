import CoachCore

/// The commands only the terminal has (`/quit`, `/trace`, `/help`), read with the same parser as the shared
/// slash commands; a shared command (`/back`, `/forget`...) is not one of these and goes to the conversation service.
enum TerminalCommand: Equatable {
    case quit, trace, help
    /// A slash word no transport knows.
    case unknown(String)

    /// The terminal command `text` is, or nil for a message or a shared slash command.
    static func parse(_ text: String) -> TerminalCommand? {
        guard let word = SlashCommand.word(of: text), SlashCommand(rawValue: word) == nil else { return nil }
        switch word {
        case "quit", "exit": return .quit
        case "trace": return .trace
        case "help": return .help
        default: return .unknown(word)
        }
    }

    static let helpText = "Commands: /help this list, /plan your plan, /back the previous question, /restart start over, /start welcome back, "
        + "/trace show why the coach answered as it did, /forget erase this conversation, /quit leave."
}
