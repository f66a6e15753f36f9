import CoachCore
import CoachHTTP

/// `POST /webhooks/rest/webhook`: Rasa's REST channel, so Rasa clients and web chat widgets work unchanged.
/// `{"sender","message"}` in; `[{"recipient_id","text","buttons":[{"title","payload"}]}]` out.
struct RasaChannel {
    let app: CoachApplication

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        app.answer {
            let object = try app.authorizedJSON(request)
            guard let sender = RequestBody.identifier(object["sender"]) else {
                throw CoachApplication.Failure(status: 400, message: "\"sender\" must be a non-empty string")
            }
            guard let message = object["message"] as? String else { throw CoachApplication.Failure(status: 400, message: "\"message\" must be a string") }
            let turn = try app.converse(.rasa, user: sender, text: message)
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
}
