import CoachCore
import CoachHTTP

/// `POST /webhooks/rest/webhook`: Rasa's REST channel, so Rasa clients and web chat widgets work unchanged.
/// `{"sender","message"}` in; `[{"recipient_id","text","buttons":[{"title","payload"}]}]` out.
struct RasaChannel: Sendable {
    let access: APIAccess
    let conversations: Conversations

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        try access.check(request)
        let object = try RequestBody.jsonObject(of: request)
        guard let sender = RequestBody.identifier(object["sender"]) else {
            throw HTTPError(400, "\"sender\" must be a non-empty string")
        }
        guard let message = object["message"] as? String else { throw HTTPError(400, "\"message\" must be a string") }
        let turn = try conversations.reply(.rasa, user: sender, text: message)
        let items = turn.replies.map { reply -> String in
            var item = "{\"recipient_id\":\(JSONText.string(sender)),\"text\":\(JSONText.string(reply.text))"
            if let choices = reply.choices {
                // The payload is the label itself: an old button pressed later still means what it says.
                let buttons = choices.map { "{\"title\":\(JSONText.string($0)),\"payload\":\(JSONText.string($0))}" }
                item += ",\"buttons\":[\(buttons.joined(separator: ","))]"
            }
            return item + "}"
        }
        return .json(200, Array("[\(items.joined(separator: ","))]".utf8))
    }
}
