import Foundation

/// A response as read off the wire by the test client.
struct WireResponse: Equatable {
    var status: Int
    var headers: [String: String]
    var body: String
}

/// An HTTP client over `RawSocket` that reads Content-Length framed responses, keeping
/// leftover bytes so pipelined responses can be read one after another.
final class TestClient {
    let socket: RawSocket
    private var pending: [UInt8] = []
    private(set) var sawEndOfStream = false

    init(port: UInt16, timeout: Double = 5, sourceHost: UInt8 = 1) throws {
        socket = try RawSocket(port: port, timeout: timeout, sourceHost: sourceHost)
    }

    @discardableResult
    func send(_ text: String) -> Bool { socket.send(Array(text.utf8)) }

    /// The next response, or nil on timeout, error or end of stream before a full response.
    /// `bodyless` is for HEAD responses, whose Content-Length describes a body that is not sent.
    func readResponse(bodyless: Bool = false) -> WireResponse? {
        guard let headEnd = fill(until: { Self.headEnd(in: $0) }) else { return nil }
        let head = String(decoding: pending[0..<headEnd], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = bodyless ? 0 : Int(headers["content-length"] ?? "0") ?? 0
        guard fill(until: { $0.count >= headEnd + length ? headEnd + length : nil }) != nil else { return nil }
        let body = String(decoding: pending[headEnd..<(headEnd + length)], as: UTF8.self)
        pending.removeFirst(headEnd + length)
        return WireResponse(status: status, headers: headers, body: body)
    }

    /// True when the server closes the connection within `timeoutCheck` seconds (polling reads).
    func readsEndOfStream(timeoutCheck seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            guard pending.isEmpty else { return false }
            switch socket.receive(waitingAtMost: min(0.1, max(0.001, deadline.timeIntervalSinceNow))) {
            case .endOfStream, .reset: return true
            case .data(let bytes): pending += bytes
            case .timedOut: continue
            }
        }
        return false
    }

    /// True when the server closed the connection (EOF or reset) with nothing left to read.
    func readsEndOfStream() -> Bool {
        guard pending.isEmpty else { return false }
        switch socket.receive() {
        case .endOfStream, .reset: return true
        case .data, .timedOut: return false
        }
    }

    private func fill(until done: ([UInt8]) -> Int?) -> Int? {
        while true {
            if let result = done(pending) { return result }
            guard case let .data(bytes) = socket.receive() else {
                sawEndOfStream = true
                return nil
            }
            pending += bytes
        }
    }

    private static func headEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 3..<bytes.count where bytes[i - 3] == 13 && bytes[i - 2] == 10 && bytes[i - 1] == 13 && bytes[i] == 10 {
            return i + 1
        }
        return nil
    }
}
