import CoachCrypto
import CoachHTTP
import CoachWire

/// `POST /v1/messages` from the web chat page: `{"text"}` in with the page's session token as the bearer;
/// the stored user is the token's, under `web:`.
struct WebChannel: Sendable {
    /// Whether web session tokens are accepted (`--web`).
    let enabled: Bool
    let tokens: WebSessionToken
    /// The API key, which a generic client sends as its bearer instead.
    let apiKey: String?
    let conversations: Conversations

    /// The turn for a request that carries a web session token, or nil when it carries none (or the API key itself).
    func answer(_ request: HTTPRequest) throws -> HTTPResponse? {
        guard enabled, let header = request.headers["Authorization"], header.hasPrefix("Bearer " + WebSessionToken.prefix) else {
            return nil
        }
        let bearer = String(header.dropFirst(7))
        if let apiKey, ConstantTime.equals(Array(bearer.utf8), Array(apiKey.utf8)) { return nil }
        guard let user = tokens.user(for: bearer) else {
            throw HTTPError(401, "the web chat session is not valid; reload the page to start a new one")
        }
        let object = try RequestBody.jsonObject(of: request)
        guard let text = object["text"] as? String else { throw HTTPError(400, "\"text\" must be a string") }
        let turn = try conversations.reply(.web, user: user, text: text)
        return .json(200, Array(turn.jsonLine(user: user).utf8))
    }
}
