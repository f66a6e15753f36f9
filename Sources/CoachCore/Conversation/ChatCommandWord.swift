/// The slash commands every transport understands, parsed in one place: `/forget`, `/start`, `/back`, `/restart`,
/// `/plan` (the plan made in this conversation, which the script shows: its `show_plan` intent).
public enum ChatCommandWord: String, Sendable, CaseIterable {
    case forget, start, back, restart, plan

    /// The command a message is, if it is one: case and surrounding white space do not matter, and a bot
    /// suffix (`/start@AllyCoachBot`, as Telegram sends in groups) is ignored.
    public static func parse(_ text: String) -> ChatCommandWord? {
        let trimmed = text.trimmingSpacesAndNewlines.lowercased()
        guard trimmed.hasPrefix("/") else { return nil }
        let name = trimmed.dropFirst().split(separator: "@", maxSplits: 1).first.map(String.init) ?? ""
        return ChatCommandWord(rawValue: name)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and carriage returns.
    public var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }

    /// The string without leading and trailing spaces, tabs, carriage returns and newlines.
    public var trimmingSpacesAndNewlines: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
