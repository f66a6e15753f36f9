import Foundation

/// What a person said in a Telegram `Update`: a message's text or a media caption, or a callback query's data.
struct TelegramUpdate: Equatable {
    /// The chat to answer in.
    var chat: String
    /// Whose conversation this is: the chat for a private chat; the chat and the sender within a group,
    /// so a private conversation never continues in a group and `/forget` in a group erases only the
    /// sender's conversation there.
    var session: String
    var text: String
    /// Set for a tapped button: the query Telegram waits to see answered.
    var callbackQueryID: String?

    /// Reads an update, or nil for updates that carry no text (stickers without caption, edits, joins).
    static func incoming(_ update: [String: Any]) -> TelegramUpdate? {
        if let message = update["message"] as? [String: Any],
           let text = (message["text"] as? String) ?? (message["caption"] as? String),
           let chat = message["chat"] as? [String: Any], let chatID = RequestBody.identifier(chat["id"]) {
            let user = (message["from"] as? [String: Any]).flatMap { RequestBody.identifier($0["id"]) }
            return TelegramUpdate(chat: chatID, session: session(chat: chat, chatID: chatID, user: user), text: deepLinkStart(withoutBotName(text)))
        }
        if let query = update["callback_query"] as? [String: Any], let data = query["data"] as? String,
           let queryID = RequestBody.identifier(query["id"]),
           let user = (query["from"] as? [String: Any]).flatMap({ RequestBody.identifier($0["id"]) }) {
            let chat = (query["message"] as? [String: Any])?["chat"] as? [String: Any]
            let chatID = chat.flatMap { RequestBody.identifier($0["id"]) } ?? user
            return TelegramUpdate(chat: chatID, session: session(chat: chat ?? [:], chatID: chatID, user: user), text: data,
                                  callbackQueryID: queryID)
        }
        return nil
    }

    /// `chat` alone for a private chat (its id is the user's), `chat:user` in groups, supergroups and channels.
    private static func session(chat: [String: Any], chatID: String, user: String?) -> String {
        let type = chat["type"] as? String
        guard let user, type != "private", user != chatID else { return chatID }
        return chatID + ":" + user
    }

    /// A command in a group names the bot (`/start@AllyCoachBot`): the command alone, as every transport sends it.
    static func withoutBotName(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("/") else { return text }
        let end = trimmed.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) ?? trimmed.endIndex
        guard let at = trimmed[..<end].firstIndex(of: "@") else { return text }
        return String(trimmed[..<at]) + String(trimmed[end...])
    }

    /// A deep link (`https://t.me/Bot?start=ref`) arrives as `/start ref`: the greeting, whatever the reference.
    static func deepLinkStart(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) else { return text }
        let command = trimmed[..<space].lowercased()
        return command == "/start" ? String(trimmed[..<space]) : text
    }
}
