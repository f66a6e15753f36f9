import CoachCore
import CoachHTTP
import CoachJSON
import CoachWire

/// The web chat: serves the page and its assets, and issues web session tokens (rate-limited per client address).
final class WebChat: Sendable {
    let configuration: WebConfiguration
    let tokens: WebSessionToken
    let limiter: RateLimiter
    /// The page with the exit URL filled in, made once.
    private let page: String

    init(configuration: WebConfiguration, tokens: WebSessionToken, now: (@Sendable () -> Double)? = nil) {
        self.configuration = configuration
        self.tokens = tokens
        limiter = now.map { RateLimiter(burst: configuration.sessionBurst, perSecond: configuration.sessionsPerSecond, now: $0) }
            ?? RateLimiter(burst: configuration.sessionBurst, perSecond: configuration.sessionsPerSecond)
        let exit = WebConfiguration.isValidExitURL(configuration.exitURL) ? configuration.exitURL : "about:blank"
        page = WebAssets.indexHTML.replacingOccurrences(of: "{{EXIT_URL}}", with: XMLText.text(exit))
    }

    /// The endpoint for a web route; every response it gives carries the web security headers.
    func endpoint(_ route: WebRoute) -> Endpoint {
        Endpoint(name: route.name, methods: route.methods, handle: { [self] request in
            switch route {
            case .page: return .text(200, page, contentType: "text/html; charset=utf-8")
            case .asset(let asset): return .text(200, asset.body, contentType: asset.contentType)
            case .session: return try newSession(request)
            }
        }, finish: { _, response in WebSecurityHeaders.apply(to: &response, cache: route.cacheControl) })
    }

    /// `POST /web/session`: `{"token":"w1.…"}` for a new web user, at most `sessionBurst` at once per client address.
    private func newSession(_ request: HTTPRequest) throws -> HTTPResponse {
        if let wait = limiter.take(RateLimiter.client(request.remoteAddress)) {
            throw HTTPError(429, "too many new conversations from this address; try again in \(wait) s", headers: ["Retry-After": String(wait)])
        }
        var body = JSONObject()
        body.add("token", tokens.issue().token)
        return .json(200, Array(body.json.utf8))
    }
}
