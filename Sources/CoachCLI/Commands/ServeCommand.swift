import CoachCore
import CoachJSON
import CoachCrypto
import CoachHTTP
import CoachServer
import CoachStore
import Foundation

/// `coach serve`: the webhook server for messaging bots.
enum ServeCommand {
    static let abstract = "Serve the coach over HTTP for messaging bots (generic, Rasa, Telegram, Twilio)."
    static let usage = "coach serve [--host H] [--port P] [--state-dir DIR] [--api-key K] [--telegram-secret S] [--telegram-token T] [--twilio-token T] [--twilio-signing-key K] [--public-url URL] [--cors-origins LIST] [--dialogues DIR] [--region CODE] [--session-days N] [--store postgres://USER:PASSWORD@HOST:PORT/DB] [--max-connections-per-client N] [--log-messages] [--web on|off] [--web-exit-url URL]"

    static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--host", "--port", "--state-dir", "--api-key", "--telegram-secret", "--telegram-token", "--twilio-token", "--twilio-signing-key",
                                                           "--public-url", "--cors-origins", "--dialogues", "--region", "--session-days",
                                                           "--max-connections-per-client", "--web", "--web-exit-url", "--store"],
                                 flagOptions: ["--log-messages"], maxPositional: 0)
        var configuration = ServerConfiguration()
        configuration.host = args["--host"] ?? environment["COACH_HOST"] ?? "127.0.0.1"
        let portText = args["--port"] ?? environment["COACH_PORT"] ?? "8080"
        guard let port = UInt16(portText) else { throw UsageError("--port takes a number from 0 to 65535, not '\(portText)'") }
        configuration.port = port
        configuration.apiKey = args["--api-key"] ?? environment["COACH_API_KEY"]
        configuration.telegramSecret = args["--telegram-secret"] ?? environment["COACH_TELEGRAM_SECRET"]
        configuration.telegramBotToken = args["--telegram-token"] ?? environment["COACH_TELEGRAM_BOT_TOKEN"]
        if let token = configuration.telegramBotToken, TelegramBotAPI(token: token) == nil {
            throw UsageError("--telegram-token takes the bot's token from BotFather (digits, a colon, letters, digits, _ and -)")
        }
        configuration.telegramFailureLog = { message in Output.err("coach serve: \(message)\n") }
        configuration.twilioAuthToken = args["--twilio-token"] ?? environment["COACH_TWILIO_AUTH_TOKEN"]
        configuration.twilioSigningKey = args["--twilio-signing-key"] ?? environment["COACH_TWILIO_SIGNING_KEY"]
        configuration.publicURL = args["--public-url"] ?? environment["COACH_PUBLIC_URL"]
        configuration.web = try WebOptions.parse(args, environment: environment)
        if let list = args["--cors-origins"] ?? environment["COACH_CORS_ORIGINS"] {
            let origins = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let problem = origins.lazy.compactMap(CORSPolicy.problem(with:)).first { throw UsageError("--cors-origins: \(problem)") }
            configuration.cors = CORSPolicy(origins: origins)
        }
        if let days = try args.unsigned("--session-days") {
            guard days > 0 else { throw UsageError("--session-days takes a number of days from 1 up") }
            configuration.sessionExpiry = Double(days) * 24 * 3600
        }
        guard let brain = DialogueSource.loadReporting(args["--dialogues"], environment: environment) else { return ExitCode.failure }

        let directory = args["--state-dir"].map { URL(fileURLWithPath: $0) } ?? environment["COACH_STATE_DIR"].map { URL(fileURLWithPath: $0) }
            ?? StoreLocation.defaultDirectory(environment: environment)
        let store: ServeStore
        do {
            store = try ServeStore.open(url: ServeStore.url(option: args["--store"], environment: environment), directory: directory,
                                        idleExpiry: configuration.sessionExpiry)
        } catch let usage as UsageError {
            throw usage
        } catch {
            Output.err("coach: cannot open the session store: \(error)\n")
            return ExitCode.failure
        }
        for note in store.openingNotes { Output.err("coach serve: \(note)\n") }
        if args.has("--log-messages") {
            let pseudonym = store.pseudonym
            configuration.messageLog = { user, text in RequestLogLine.message(user: pseudonym(user), text: text) }
        }
        let region = try Region.code(option: args["--region"], environment: environment)
        let service = ConversationService(engine: Engine(brain: brain, tracing: false), repository: StoreSessionRepository(store: store.sessions),
                                          context: region.map { ["region": $0] } ?? [:], seeds: RandomSeeds.draw)
        let app = CoachApplication(service: service, configuration: configuration, ledger: store.ledger)
        var http = HTTPServerConfiguration(host: configuration.host, port: configuration.port, workerCount: 128)
        if let perClient = try args.unsigned("--max-connections-per-client") { http.maxConnectionsPerClient = Int(min(perClient, 1 << 20)) }
        let server = HTTPServer(configuration: http,
                                responder: app, onLog: { log in
                                    app.observe(log)
                                    RequestLogLine.write(log)
                                })
        let bound: UInt16
        do {
            bound = try server.start()
        } catch {
            Output.err("coach: cannot listen on \(configuration.host):\(configuration.port): \(error)\n")
            return ExitCode.failure
        }
        SignalHandler.onTerminate { server.shutdown() }
        for line in SecuritySummary.lines(configuration) { Output.err("coach serve: \(line)\n") }
        Output.err("coach serve: listening on http://\(configuration.host):\(bound) (sessions in \(store.description))\n")
        if configuration.web.enabled { Output.err("coach serve: web chat at http://\(configuration.host):\(bound)/\n") }
        server.waitUntilStopped()
        do { try store.close() } catch { Output.err("coach: closing the session store: \(error)\n") }
        Output.err("coach serve: stopped\n")
        return ExitCode.success
    }
}

/// One structured log line per request on stderr: never the body, the query or a user id.
enum RequestLogLine {
    /// With `--log-messages` only: the message text, and the user as the store's keyed pseudonym.
    @Sendable static func message(user pseudonym: String, text: String) {
        var line = JSONObject()
        line.add("time", Platform.utcTimestamp())
        line.add("user", pseudonym)
        line.add("text", text)
        Output.err(line.json + "\n")
    }

    @Sendable static func write(_ log: HTTPRequestLog) {
        let path = log.path.hasPrefix("/v1/sessions/") ? "/v1/sessions/{user}" : log.path
        var line = JSONObject()
        line.add("time", Platform.utcTimestamp())
        line.add("method", log.method)
        line.add("path", String(path.prefix(200)))
        line.add("status", log.status)
        line.add("us", Int(log.durationSeconds * 1_000_000))
        line.add("bytes", log.bodyBytes)
        Output.err(line.json + "\n")
    }
}
