import CoachCore
import CoachHTTP

/// `POST /webhooks/rest/webhook`: Rasa's REST channel, so Rasa clients and web chat widgets work unchanged.
/// `{"sender","message"}` in; `[{"recipient_id","text","buttons":[{"title","payload"}]}]` out.
struct RasaChannel {
    let app: CoachApplication

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard Auth.bearer(request, key: app.configuration.apiKey) else { return .error(401, "missing or wrong API key") }
        let object: [String: Any]
        switch RequestBody.jsonObject(request.body) {
        case .failure(let refusal): return .error(400, refusal.message)
        case .success(let value): object = value
        }
        guard let sender = RequestBody.identifier(object["sender"]) else { return .error(400, "\"sender\" must be a non-empty string") }
        guard case .success(let message) = RequestBody.string(object, "message") else { return .error(400, "\"message\" must be a string") }
        switch app.converse(.rasa, user: sender, text: message) {
        case .failure(let failure): return failure.response
        case .success(let turn):
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
