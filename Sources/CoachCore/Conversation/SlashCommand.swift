/// The slash commands every transport understands, parsed in one place: `/forget`, `/start`, `/back`, `/restart`,
/// `/plan` (the plan made in this conversation, which the script shows: its `show_plan` intent).
public enum SlashCommand: String, Sendable, CaseIterable {
    case forget, start, back, restart, plan

    /// The command a message is, if it is one of these.
    public static func parse(_ text: String) -> SlashCommand? {
        word(of: text).flatMap(SlashCommand.init(rawValue:))
    }

    /// The lower-case word of a message written as a slash command (`/Back ` is `back`), or nil when the message
    /// does not start with `/`. Surrounding white space does not matter. Transports parse their own commands (the
    /// terminal's `/quit`) with it too; Telegram's `/start@Bot` form is the Telegram channel's to undo.
    public static func word(of text: String) -> String? {
        let trimmed = text.trimmingSpacesAndNewlines.lowercased()
        guard trimmed.hasPrefix("/") else { return nil }
        return String(trimmed.dropFirst())
    }
}
