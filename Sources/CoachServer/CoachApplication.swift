import CoachCore
import CoachHTTP
import CoachStore
import Foundation

/// The webhook application: takes a request value, returns a response value; no sockets here,
/// so every route is testable in-process.
public final class CoachApplication: HTTPResponder {
    public let service: ConversationService
    public let configuration: ServerConfiguration
    public let metrics = ServerMetrics()
    /// Runs each turn once under its user's lock (across instances, with a shared store) and answers
    /// a webhook's repeated delivery with the remembered reply.
    public let ledger: TurnLedger
    /// The web chat page and its sessions (`Web/`).
    let webChat: WebChat
    /// Answers Telegram callback queries; nil without a bot token.
    let telegramAPI: TelegramBotAPI?

    public init(service: ConversationService, configuration: ServerConfiguration,
                ledger: TurnLedger = LocalTurnLedger(deliveries: MemorySessionStore())) {
        self.service = service
        self.configuration = configuration
        self.ledger = ledger
        webChat = WebChat(configuration: configuration.web, apiKey: configuration.apiKey)
        telegramAPI = configuration.telegramBotToken.flatMap {
            TelegramBotAPI(token: $0, base: configuration.telegramAPIBase, onFailure: configuration.telegramFailureLog ?? { _ in })
        }
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        if let web = webChat.route(request.path) { return webChat.respond(web, request) }
        let route = Route.match(request.path)
        let response: HTTPResponse
        if let route, !route.methods.contains(request.method) {
            var refusal = HTTPResponse.error(405, "\(request.method) is not allowed on \(route.name); use \(route.methods.joined(separator: ", "))")
            refusal.headers.set("Allow", route.methods.joined(separator: ", "))
            response = refusal
        } else {
            switch route {
            case .health: response = .json(200, Array(#"{"status":"ok"}"#.utf8))
            case .metrics: response = .text(200, metrics.render(liveSessions: service.repository.count), contentType: "text/plain; version=0.0.4")
            case .messages: response = GenericChannel(app: self).handle(request)
            case .rasa:
                let cors = configuration.cors
                response = request.method == "OPTIONS" ? cors.preflight(request, methods: Route.rasa.methods)
                    : cors.decorate(RasaChannel(app: self).handle(request), for: request)
            case .telegram: response = TelegramChannel(app: self).handle(request)
            case .twilio: response = TwilioChannel(app: self).handle(request)
            case .session(let user): response = forgetSession(user, request)
            case nil: response = .error(404, "no such endpoint: \(request.method) \(Route.sanitizedPath(request.path))")
            }
        }
        return response
    }

    /// Counts a finished request for `/metrics`, including those the HTTP layer refused itself (400, 408, 413, 431…).
    public func observe(_ log: HTTPRequestLog) {
        metrics.countRequest(route: Route.match(log.path)?.name ?? webChat.route(log.path)?.name ?? "unknown", status: log.status)
    }

    /// Runs one message from a channel's user through the coach (slash commands included).
    func converse(_ channel: Channel, user: String, text: String) throws -> TurnResult {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { metrics.observeTurn(seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9) }
        configuration.messageLog?(channel.key(user), text)
        var result: TurnResult?
        do {
            _ = try ledger.once(user: channel.key(user), delivery: nil) {
                result = try service.reply(user: channel.key(user), text: text)
                return Data()
            }
        } catch {
            throw Failure(status: 503, message: "the session could not be saved; try again")
        }
        return result!
    }

    /// Runs a message the platform may deliver again (`delivery`: a Telegram update id, a Twilio
    /// message SID): a repeat gets the first answer's replies and does not advance the conversation.
    func converseOnce(_ channel: Channel, user: String, text: String, delivery: String?) throws -> [Reply] {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { metrics.observeTurn(seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9) }
        configuration.messageLog?(channel.key(user), text)
        do {
            let replies = try ledger.once(user: channel.key(user), delivery: delivery.map { channel.rawValue + ":" + $0 }) {
                try JSONEncoder().encode(try service.reply(user: channel.key(user), text: text).replies)
            }
            return try JSONDecoder().decode([Reply].self, from: replies)
        } catch {
            throw Failure(status: 503, message: "the session could not be saved; try again")
        }
    }

    /// The JSON object a request carries, after checking the API access (generic and Rasa endpoints).
    func authorizedJSON(_ request: HTTPRequest) throws -> [String: Any] {
        if let refusal = APIAccess(configuration).refusal(request) { throw refusal }
        return try jsonObject(request)
    }

    /// The JSON object a request carries, or a 400 failure saying why not.
    func jsonObject(_ request: HTTPRequest) throws -> [String: Any] {
        switch RequestBody.jsonObject(request.body) {
        case .failure(let refusal): throw Failure(status: 400, message: refusal.message)
        case .success(let object): return object
        }
    }

    /// Runs a channel's handler, turning a thrown `Failure` into its JSON error response.
    func answer(_ handler: () throws -> HTTPResponse) -> HTTPResponse {
        do {
            return try handler()
        } catch let failure as Failure {
            return failure.response
        } catch {
            return .error(500, "internal error")
        }
    }

    private func forgetSession(_ encodedUser: String, _ request: HTTPRequest) -> HTTPResponse {
        if let refusal = APIAccess(configuration).refusal(request) { return refusal.response }
        guard let user = encodedUser.removingPercentEncoding, !user.isEmpty else { return .error(400, "the user id is not valid percent-encoding") }
        do {
            let key = Channel.storedKey(user)
            let forgotten = try ledger.once(user: key, delivery: nil) { try service.forget(user: key) ? Data([1]) : Data() }
            guard !forgotten.isEmpty else { return .error(404, "no conversation is kept for that user") }
            return HTTPResponse(status: 204)
        } catch {
            return .error(503, "the session could not be erased; try again")
        }
    }

    /// An error to return as a JSON error response.
    struct Failure: Error {
        let status: Int
        let message: String
        var response: HTTPResponse { .error(status, message) }
    }
}
