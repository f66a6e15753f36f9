import CoachCore
import CoachHTTP

/// `POST /v1/messages`: `{"user","text"}` in, the JSON-lines output object out.
struct GenericChannel {
    let app: CoachApplication

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        app.answer {
            if let web = try app.webChat.answer(app, request) { return web }  // the web chat page's session token
            let object = try app.authorizedJSON(request)
            guard let text = object["text"] as? String else { throw CoachApplication.Failure(status: 400, message: "\"text\" must be a string") }
            guard let user = object["user"] as? String, !user.isEmpty else {
                throw CoachApplication.Failure(status: 400, message: "\"user\" must be a non-empty string")
            }
            let turn = try app.converse(.api, user: user, text: text)
            return .json(200, Array(turn.jsonLine(user: user).utf8))
        }
    }
}
