import CoachCore
import CoachHTTP
import CoachStore

/// The webhook application: takes a request value, returns a response value; no sockets here,
/// so every route is testable in-process. Each request's path is matched once, to an `Endpoint`.
public final class CoachApplication: HTTPResponder {
    /// The conversations every channel shares.
    public let service: ConversationService
    /// What `coach serve` was told.
    public let configuration: ServerConfiguration
    /// The counters `/metrics` shows.
    public let metrics = ServerMetrics()
    /// Runs each turn once under its user's lock (across instances, with a shared store) and answers
    /// a webhook's repeated delivery with the remembered reply.
    public let ledger: TurnLedger
    /// The web chat page and its sessions (`Web/`).
    let webChat: WebChat
    private let generic: GenericChannel
    private let rasa: RasaChannel
    private let telegram: TelegramChannel
    private let twilio: TwilioChannel
    private let sessions: SessionErasure

    /// The application over `service`; `ledger` defaults to one process's locks with replies remembered in memory.
    public init(service: ConversationService, configuration: ServerConfiguration,
                ledger: TurnLedger = LocalTurnLedger(deliveries: MemorySessionStore())) {
        self.service = service
        self.configuration = configuration
        self.ledger = ledger
        let conversations = Conversations(service: service, ledger: ledger, metrics: metrics, messageLog: configuration.messageLog)
        let access = APIAccess(configuration)
        let web = configuration.web
        let tokens = WebSessionToken(key: WebSessionToken.key(configured: web.sessionKey, apiKey: configuration.apiKey))
        webChat = WebChat(configuration: web, tokens: tokens)
        generic = GenericChannel(access: access, web: WebChannel(enabled: web.enabled, tokens: tokens, apiKey: configuration.apiKey,
                                                                 conversations: conversations), conversations: conversations)
        rasa = RasaChannel(access: access, conversations: conversations)
        let botAPI = configuration.telegramBotToken.flatMap {
            TelegramBotAPI(token: $0, base: configuration.telegramAPIBase, onFailure: configuration.telegramFailureLog ?? { _ in })
        }
        telegram = TelegramChannel(secret: configuration.telegramSecret, botAPI: botAPI, conversations: conversations)
        twilio = TwilioChannel(token: configuration.twilioAuthToken, publicURL: configuration.publicURL,
                               signingKey: configuration.twilioSigningKey, conversations: conversations)
        sessions = SessionErasure(access: access, conversations: conversations)
    }

    /// The endpoint's response, or 404 when no endpoint has the path.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard let endpoint = endpoint(for: request.path) else {
            var response = HTTPResponse(error: HTTPError(404, "no such endpoint: \(request.method) \(Route.sanitizedPath(request.path))"))
            response.route = Self.unknownRoute
            return response
        }
        return endpoint.response(to: request)
    }

    /// Counts a finished request for `/metrics`, by the route its response names; a request the HTTP layer
    /// refused itself (400, 408, 413, 431…) never reached an endpoint, so its path is matched here.
    public func observe(_ log: HTTPRequestLog) {
        metrics.countRequest(route: log.route ?? endpoint(for: log.path)?.name ?? Self.unknownRoute, status: log.status)
    }

    /// The route name of requests no endpoint answers.
    static let unknownRoute = "unknown"

    /// The endpoint a path names: the web chat's (when on), then the API's and the webhooks'.
    func endpoint(for path: String) -> Endpoint? {
        if configuration.web.enabled, let route = WebRoute.match(path) { return webChat.endpoint(route) }
        guard let route = Route.match(path) else { return nil }
        switch route {
        case .health: return Endpoint(route) { _ in .json(200, Array(#"{"status":"ok"}"#.utf8)) }
        case .metrics:
            return Endpoint(route) { [metrics, service] _ in
                .text(200, metrics.render(liveSessions: service.repository.count), contentType: "text/plain; version=0.0.4")
            }
        case .messages: return Endpoint(route, handle: generic.handle)
        case .rasa:
            let cors = configuration.cors
            return Endpoint(route, handle: { [rasa] request in
                request.method == "OPTIONS" ? cors.preflight(request, methods: Route.rasa.methods) : try rasa.handle(request)
            }, finish: { request, response in
                if request.method == "POST" { response = cors.decorate(response, for: request) }  // the preflight sets its own
            })
        case .telegram: return Endpoint(route, handle: telegram.handle)
        case .twilio: return Endpoint(route, handle: twilio.handle)
        case .session(let user): return Endpoint(route) { [sessions] request in try sessions.handle(user, request) }
        }
    }
}
