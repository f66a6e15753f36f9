import CoachCore
import CoachHTTP

/// `POST /v1/messages`: `{"user","text"}` in, the JSON-lines output object out.
struct GenericChannel {
    let app: CoachApplication

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard Auth.bearer(request, key: app.configuration.apiKey) else { return .error(401, "missing or wrong API key") }
        let object: [String: Any]
        switch RequestBody.jsonObject(request.body) {
        case .failure(let refusal): return .error(400, refusal.message)
        case .success(let value): object = value
        }
        guard case .success(let text) = RequestBody.string(object, "text") else { return .error(400, "\"text\" must be a string") }
        guard let user = object["user"] as? String, !user.isEmpty else { return .error(400, "\"user\" must be a non-empty string") }
        switch app.converse(.api, user: user, text: text) {
        case .failure(let failure): return failure.response
        case .success(let turn): return .json(200, Array(turn.jsonLine(user: user).utf8))
        }
    }
}
