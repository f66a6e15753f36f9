/// Reads what a person said from a Telegram `Update`: a message's text, or a callback query's data.
enum TelegramUpdate {
    /// The chat, the sender and the text, or nil for updates that carry no text (stickers, edits, joins).
    static func incoming(_ update: [String: Any]) -> (chat: String, user: String, text: String)? {
        if let message = update["message"] as? [String: Any], let text = message["text"] as? String,
           let chat = (message["chat"] as? [String: Any]).flatMap({ RequestBody.identifier($0["id"]) }) {
            let user = (message["from"] as? [String: Any]).flatMap { RequestBody.identifier($0["id"]) } ?? chat
            return (chat, user, text)
        }
        if let query = update["callback_query"] as? [String: Any], let data = query["data"] as? String,
           let user = (query["from"] as? [String: Any]).flatMap({ RequestBody.identifier($0["id"]) }) {
            let chat = ((query["message"] as? [String: Any])?["chat"] as? [String: Any]).flatMap { RequestBody.identifier($0["id"]) } ?? user
            return (chat, user, data)
        }
        return nil
    }
}
