import CoachCore
import CoachCrypto
import CoachHTTP

/// The web chat: serves the page and its assets, issues web session tokens (rate-limited per client address),
/// and answers `POST /v1/messages` for a request that carries one.
final class WebChat: Sendable {
    let configuration: WebConfiguration
    let tokens: WebSessionToken
    let limiter: RateLimiter
    private let apiKey: String?
    /// The page with the exit URL filled in, made once.
    private let page: String

    init(configuration: WebConfiguration, apiKey: String?, now: (@Sendable () -> Double)? = nil) {
        self.configuration = configuration
        self.apiKey = apiKey
        tokens = WebSessionToken(key: WebSessionToken.key(configured: configuration.sessionKey, apiKey: apiKey))
        limiter = now.map { RateLimiter(burst: configuration.sessionBurst, perSecond: configuration.sessionsPerSecond, now: $0) }
            ?? RateLimiter(burst: configuration.sessionBurst, perSecond: configuration.sessionsPerSecond)
        let exit = WebConfiguration.isValidExitURL(configuration.exitURL) ? configuration.exitURL : "about:blank"
        page = WebAssets.indexHTML.replacingOccurrences(of: "{{EXIT_URL}}", with: XMLText.text(exit))
    }

    /// The web route for a path, or nil when there is none (or the web chat is off).
    func route(_ path: String) -> WebRoute? {
        configuration.enabled ? WebRoute.match(path) : nil
    }

    func respond(_ route: WebRoute, _ request: HTTPRequest) -> HTTPResponse {
        var response: HTTPResponse
        var cache = "no-cache"
        if !route.methods.contains(request.method) {
            response = .error(405, "\(request.method) is not allowed on \(route.name); use \(route.methods.joined(separator: ", "))")
            response.headers.set("Allow", route.methods.joined(separator: ", "))
        } else {
            switch route {
            case .page:
                response = .text(200, page, contentType: "text/html; charset=utf-8")
                cache = "no-store"
            case .asset(let asset):
                response = .text(200, asset.body, contentType: asset.contentType)
            case .session:
                response = newSession(request)
                cache = "no-store"
            }
        }
        WebSecurityHeaders.apply(to: &response, cache: cache)
        return response
    }

    /// `POST /web/session`: `{"token":"w1.…"}` for a new web user, at most `sessionBurst` at once per client address.
    private func newSession(_ request: HTTPRequest) -> HTTPResponse {
        if let wait = limiter.take(RateLimiter.client(request.remoteAddress)) {
            var refusal = HTTPResponse.error(429, "too many new conversations from this address; try again in \(wait) s")
            refusal.headers.set("Retry-After", String(wait))
            return refusal
        }
        return .json(200, Array("{\"token\":\(JSONText.string(tokens.issue().token))}".utf8))
    }

    /// A turn for a `POST /v1/messages` request that carries a web session token (`{"text"}` in; the stored
    /// user is the token's, under `web:`), or nil when the request carries none (or the API key itself).
    func answer(_ app: CoachApplication, _ request: HTTPRequest) throws -> HTTPResponse? {
        guard configuration.enabled, let header = request.headers["Authorization"], header.hasPrefix("Bearer " + WebSessionToken.prefix) else {
            return nil
        }
        let bearer = String(header.dropFirst(7))
        if let apiKey, ConstantTime.equals(Array(bearer.utf8), Array(apiKey.utf8)) { return nil }
        guard let user = tokens.user(for: bearer) else {
            throw CoachApplication.Failure(status: 401, message: "the web chat session is not valid; reload the page to start a new one")
        }
        let object = try app.jsonObject(request)
        guard let text = object["text"] as? String else { throw CoachApplication.Failure(status: 400, message: "\"text\" must be a string") }
        let turn = try app.converse(.web, user: user, text: text)
        return .json(200, Array(turn.jsonLine(user: user).utf8))
    }
}
