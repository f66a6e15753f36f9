import CoachCore
import CoachHTTP

/// `POST /v1/messages`: `{"user","text"}` in, the JSON-lines output object out.
struct GenericChannel: Sendable {
    let access: APIAccess
    /// Messages from the web chat page, which carry its session token instead of the API key.
    let web: WebChannel
    let conversations: Conversations

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        if let web = try web.answer(request) { return web }  // the web chat page's session token
        try access.check(request)
        let object = try RequestBody.jsonObject(of: request)
        guard let text = object["text"] as? String else { throw HTTPError(400, "\"text\" must be a string") }
        guard let user = object["user"] as? String, !user.isEmpty else {
            throw HTTPError(400, "\"user\" must be a non-empty string")
        }
        let turn = try conversations.reply(.api, user: user, text: text)
        return .json(200, Array(turn.jsonLine(user: user).utf8))
    }
}
