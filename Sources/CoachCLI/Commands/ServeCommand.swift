import CoachCore
import CoachCrypto
import CoachHTTP
import CoachServer
import CoachStore
import Foundation

/// `coach serve`: the webhook server for messaging bots.
enum ServeCommand {
    static let abstract = "Serve the coach over HTTP for messaging bots (generic, Rasa, Telegram, Twilio)."
    static let usage = "coach serve [--host H] [--port P] [--state-dir DIR] [--api-key K] [--telegram-secret S] [--twilio-token T] [--public-url URL] [--dialogues DIR] [--region CODE] [--session-days N] [--store postgres://USER:PASSWORD@HOST:PORT/DB] [--log-messages]"

    static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--host", "--port", "--state-dir", "--api-key", "--telegram-secret", "--twilio-token",
                                                           "--public-url", "--dialogues", "--region", "--session-days", "--store"],
                                 flagOptions: ["--log-messages"], maxPositional: 0)
        var configuration = ServerConfiguration()
        configuration.host = args["--host"] ?? environment["COACH_HOST"] ?? "127.0.0.1"
        let portText = args["--port"] ?? environment["COACH_PORT"] ?? "8080"
        guard let port = UInt16(portText) else { throw UsageError("--port takes a number from 0 to 65535, not '\(portText)'") }
        configuration.port = port
        configuration.apiKey = args["--api-key"] ?? environment["COACH_API_KEY"]
        configuration.telegramSecret = args["--telegram-secret"] ?? environment["COACH_TELEGRAM_SECRET"]
        configuration.twilioAuthToken = args["--twilio-token"] ?? environment["COACH_TWILIO_AUTH_TOKEN"]
        configuration.publicURL = args["--public-url"] ?? environment["COACH_PUBLIC_URL"]
        if args.has("--log-messages") { configuration.messageLog = RequestLogLine.message }
        if let days = try args.unsigned("--session-days") {
            guard days > 0 else { throw UsageError("--session-days takes a number of days from 1 up") }
            configuration.sessionExpiry = Double(days) * 24 * 3600
        }
        guard let brain = DialogueLoading.load(args["--dialogues"], environment: environment) else { return ExitCode.failure }

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
        let region = Region.code(option: args["--region"], environment: environment)
        let service = ConversationService(engine: Engine(brain: brain, tracing: false), repository: StoreSessionRepository(store: store.sessions),
                                          context: region.map { ["region": $0] } ?? [:])
        let app = CoachApplication(service: service, configuration: configuration, ledger: store.ledger)
        let server = HTTPServer(configuration: HTTPServerConfiguration(host: configuration.host, port: configuration.port, workerCount: 128),
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
        Output.err("coach serve: listening on http://\(configuration.host):\(bound) (sessions in \(store.description))\n")
        server.waitUntilStopped()
        do { try store.close() } catch { Output.err("coach: closing the session store: \(error)\n") }
        Output.err("coach serve: stopped\n")
        return ExitCode.success
    }
}

/// One structured log line per request on stderr: never the body, the query or a user id.
enum RequestLogLine {
    /// With `--log-messages` only: the message text, and the user id hashed.
    @Sendable static func message(user: String, text: String) {
        let hashed = SHA256.hash(Array(user.utf8)).hexString.prefix(16)
        Output.err("{\"time\":\"\(Platform.utcTimestamp())\",\"user\":\"\(hashed)\",\"text\":\(JSONText.string(text))}\n")
    }

    @Sendable static func write(_ log: HTTPRequestLog) {
        let path = log.path.hasPrefix("/v1/sessions/") ? "/v1/sessions/{user}" : log.path
        let time = Platform.utcTimestamp()
        let line = "{\"time\":\"\(time)\",\"method\":\(JSONText.string(log.method)),\"path\":\(JSONText.string(String(path.prefix(200)))),\"status\":\(log.status),\"us\":\(Int(log.durationSeconds * 1_000_000)),\"bytes\":\(log.bodyBytes)}\n"
        Output.err(line)
    }
}
