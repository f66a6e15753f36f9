import CoachCore
import CoachHTTP
import CoachJSON

/// `POST /telegram`: a Telegram `Update` in (a message's text or caption, or a callback query's data); the reply
/// as an inline `sendMessage` method call in the response body, quick replies as an inline keyboard. A callback
/// query is answered with an outbound `answerCallbackQuery` (see `TelegramBotAPI`) when a bot token is set.
struct TelegramChannel: Sendable {
    /// `X-Telegram-Bot-Api-Secret-Token`, when one is set.
    let secret: String?
    /// Answers callback queries; nil without a bot token.
    let botAPI: TelegramBotAPI?
    let conversations: Conversations

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        guard Auth.telegram(request, secret: secret) else { throw HTTPError(401, "missing or wrong secret token") }
        let update = try RequestBody.jsonObject(of: request)
        guard let incoming = TelegramUpdate.incoming(update) else {
            return .json(200, Array("{}".utf8))  // updates without text (stickers, edits, joins): acknowledged, nothing to say
        }
        if let query = incoming.callbackQueryID { botAPI?.answerCallbackQuery(query) }
        // Telegram re-sends an update it saw no answer to: `update_id` makes the retry get the same reply.
        let replies = try conversations.replyOnce(.telegram, user: incoming.session, text: incoming.text,
                                                  delivery: RequestBody.identifier(update["update_id"]).map { "update:" + $0 })
        let text = replies.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n\n")
        return sendMessage(chat: incoming.chat, text: text.isEmpty ? "…" : text, choices: replies.last(where: { $0.choices != nil })?.choices)
    }

    private func sendMessage(chat: String, text: String, choices: [String]?) -> HTTPResponse {
        var body = JSONObject()
        body.add("method", "sendMessage")
        body.add("chat_id", json: Int64(chat).map(String.init) ?? JSONText.string(chat))
        body.add("text", text)
        if let choices, !choices.isEmpty {
            // callback_data is the label when it fits Telegram's 64-byte limit (so an old button still means
            // what it says), else the choice's number.
            let rows = choices.enumerated().map { number, label -> String in
                var button = JSONObject()
                button.add("text", label)
                button.add("callback_data", label.utf8.count <= 64 ? label : String(number + 1))
                return "[" + button.json + "]"
            }
            var markup = JSONObject()
            markup.add("inline_keyboard", json: "[" + rows.joined(separator: ",") + "]")
            body.add("reply_markup", json: markup.json)
        }
        return .json(200, Array(body.json.utf8))
    }
}
