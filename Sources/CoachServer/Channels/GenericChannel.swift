import CoachCore
import CoachHTTP
import CoachJSON
import CoachWire

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
        let input: ChatInput
        switch ChatInput.decode(object: object, defaultUser: nil) {
        case .success(let decoded): input = decoded
        case .failure(let refusal): throw HTTPError(400, refusal.message)
        }
        let turn = try conversations.reply(.api, user: input.user, text: input.text)
        return .json(200, Array(turn.jsonLine(user: input.user).utf8))
    }
}
