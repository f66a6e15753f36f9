import CoachHTTP

/// The endpoints `coach serve` answers.
enum Route: Equatable {
    case health, metrics, messages, rasa, telegram, twilio
    case session(String)

    /// The route's name in logs and metrics (never the user id).
    var name: String {
        switch self {
        case .health: return "/healthz"
        case .metrics: return "/metrics"
        case .messages: return "/v1/messages"
        case .rasa: return "/webhooks/rest/webhook"
        case .telegram: return "/telegram"
        case .twilio: return "/twilio"
        case .session: return "/v1/sessions/{user}"
        }
    }

    var methods: [String] {
        switch self {
        case .health: return ["GET", "HEAD"]
        case .metrics: return ["GET", "HEAD"]
        case .messages, .telegram, .twilio: return ["POST"]
        case .rasa: return ["POST", "OPTIONS"]  // OPTIONS: the CORS preflight of web chat widgets
        case .session: return ["DELETE"]
        }
    }

    static func match(_ path: String) -> Route? {
        switch path {
        case "/healthz": return .health
        case "/metrics": return .metrics
        case "/v1/messages": return .messages
        case "/webhooks/rest/webhook": return .rasa
        case "/telegram": return .telegram
        case "/twilio": return .twilio
        default:
            let prefix = "/v1/sessions/"
            guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
            let user = String(path.dropFirst(prefix.count))
            return user.contains("/") ? nil : .session(user)
        }
    }

    /// A path safe to echo in an error: printable ASCII only, at most 100 characters.
    static func sanitizedPath(_ path: String) -> String {
        String(path.unicodeScalars.prefix(100).map { $0.value >= 0x20 && $0.value < 0x7F ? Character($0) : "?" })
    }
}

extension Endpoint {
    /// The endpoint for `route`, with its name and methods.
    init(_ route: Route, handle: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse,
         finish: @escaping @Sendable (HTTPRequest, inout HTTPResponse) -> Void = { _, _ in }) {
        self.init(name: route.name, methods: route.methods, handle: handle, finish: finish)
    }
}
