@testable import CoachHTTP
import Synchronization

/// Echoes the request; `/slow` sleeps first, `/close` asks the server to close afterwards.
struct EchoResponder: HTTPResponder {
    var slowSeconds = 0.4

    func respond(to request: HTTPRequest) -> HTTPResponse {
        if request.path == "/slow" { sleep(seconds: slowSeconds) }
        var response = HTTPResponse.text(200, "\(request.method) \(request.path) q=\(request.query ?? "-") body=\(String(decoding: request.body, as: UTF8.self))")
        if request.path == "/close" { response.headers.add("Connection", "close") }
        return response
    }
}

/// Collects access-log records from any thread.
final class LogRecorder: Sendable {
    private let records = Mutex<[HTTPRequestLog]>([])

    func record(_ log: HTTPRequestLog) { records.withLock { $0.append(log) } }
    var all: [HTTPRequestLog] { records.withLock { $0 } }
}

/// A server on 127.0.0.1 and an ephemeral port, for one test.
final class LiveServer: Sendable {
    let server: HTTPServer
    let port: UInt16
    let logs = LogRecorder()

    init(responder: HTTPResponder = EchoResponder(), _ configure: (inout HTTPServerConfiguration) -> Void = { _ in }) throws {
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 0, workerCount: 4, lingerTimeout: 0.5)
        configure(&configuration)
        let logs = self.logs
        server = HTTPServer(configuration: configuration, responder: responder, onLog: { logs.record($0) })
        port = try server.start()
    }

    func client(timeout: Double = 5, from sourceHost: UInt8 = 1) throws -> TestClient {
        try TestClient(port: port, timeout: timeout, sourceHost: sourceHost)
    }

    func stop() { server.shutdown() }
}

/// "GET /path HTTP/1.1" with Host and optional extra header lines and body (Content-Length added).
func wireRequest(_ method: String, _ target: String, headers: [String] = [], body: String? = nil) -> String {
    var lines = ["\(method) \(target) HTTP/1.1", "Host: test"] + headers
    if let body { lines.append("Content-Length: \(body.utf8.count)") }
    return lines.joined(separator: "\r\n") + "\r\n\r\n" + (body ?? "")
}
