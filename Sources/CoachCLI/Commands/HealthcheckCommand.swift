import CoachPostgres
import Foundation

/// `coach healthcheck [URL]`: GET a running server's `/healthz`, for container and load balancer checks.
/// Speaks plain HTTP/1.1 over a socket (no URLSession), so it works in a static binary with no libcurl.
enum HealthcheckCommand {
    static let abstract = "Check that a coach server answers (exit 0 when GET /healthz gives 200)."
    static let usage = "coach healthcheck [URL]   (default http://127.0.0.1:$COACH_PORT/healthz, port 8080)"

    static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: [], flagOptions: [], maxPositional: 1)
        let text = args.positional.first ?? "http://127.0.0.1:\(environment["COACH_PORT"] ?? "8080")/healthz"
        guard let url = URLComponents(string: text), url.scheme == "http", let host = url.host, !host.isEmpty else {
            throw UsageError("healthcheck takes an http:// URL, not '\(text)'")
        }
        let port = url.port ?? 80
        guard let port16 = UInt16(exactly: port) else { throw UsageError("the port \(port) is out of range") }
        let path = (url.percentEncodedPath.isEmpty ? "/healthz" : url.percentEncodedPath) + (url.percentEncodedQuery.map { "?" + $0 } ?? "")
        do {
            // The PostgreSQL module's TCP transport is a plain socket with timeouts; HTTP needs nothing more.
            let socket = try SocketTransport(host: host, port: port16, connectTimeout: 3, ioTimeout: 5)
            defer { socket.close() }
            try socket.write(Array("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8))
            var response: [UInt8] = []
            while !response.contains(0x0A) {
                do { try socket.read(into: &response) } catch { break }
            }
            let statusLine = String(decoding: response.prefix { $0 != 0x0D && $0 != 0x0A }, as: UTF8.self)
            let parts = statusLine.split(separator: " ")
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else {
                Output.err("coach healthcheck: \(text): no HTTP answer\n")
                return ExitCode.failure
            }
            guard status == 200 else {
                Output.err("coach healthcheck: \(text): \(status)\n")
                return ExitCode.failure
            }
            Output.out("ok\n")
            return ExitCode.success
        } catch PostgresError.connection(let reason) {
            Output.err("coach healthcheck: \(text): \(reason)\n")
            return ExitCode.failure
        } catch {
            Output.err("coach healthcheck: \(text): \(error)\n")
            return ExitCode.failure
        }
    }
}
