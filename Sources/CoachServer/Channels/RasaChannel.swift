import CoachCore
import CoachHTTP
import CoachJSON

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
            var item = JSONObject()
            item.add("recipient_id", sender)
            item.add("text", reply.text)
            if let choices = reply.choices {
                // The payload is the label itself: an old button pressed later still means what it says.
                let buttons = choices.map { label -> String in
                    var button = JSONObject()
                    button.add("title", label)
                    button.add("payload", label)
                    return button.json
                }
                item.add("buttons", json: "[" + buttons.joined(separator: ",") + "]")
            }
            return item.json
        }
        return .json(200, Array("[\(items.joined(separator: ","))]".utf8))
    }
}
