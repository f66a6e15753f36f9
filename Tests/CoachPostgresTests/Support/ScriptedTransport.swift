import CoachPostgres
import Foundation
import XCTest

/// A recorded byte exchange: what the client sent (`C hex`) and what the server answered (`S hex`), in order.
struct Exchange {
    enum Step: Equatable {
        case client([UInt8])
        case server([UInt8])
    }

    var steps: [Step] = []

    /// Reads `Exchanges/NAME.txt` beside these tests.
    static func named(_ name: String) throws -> Exchange {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Exchanges/\(name).txt")
        return try Exchange(text: String(contentsOf: url, encoding: .utf8))
    }

    init(steps: [Step] = []) { self.steps = steps }

    init(text: String) throws {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            let bytes = try Self.bytes(hex: line.dropFirst(2))
            steps.append(line.hasPrefix("C ") ? .client(bytes) : .server(bytes))
        }
    }

    var text: String {
        steps.map { step in
            switch step {
            case .client(let bytes): return "C " + bytes.map { String(format: "%02x", $0) }.joined()
            case .server(let bytes): return "S " + bytes.map { String(format: "%02x", $0) }.joined()
            }
        }.joined(separator: "\n") + "\n"
    }

    static func bytes<S: StringProtocol>(hex: S) throws -> [UInt8] {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { throw NSError(domain: "Exchange", code: 1) }
        return try stride(from: 0, to: digits.count, by: 2).map { i in
            guard let byte = UInt8(String(decoding: digits[i..<(i + 2)], as: UTF8.self), radix: 16) else { throw NSError(domain: "Exchange", code: 2) }
            return byte
        }
    }
}

/// Plays the server's side of an `Exchange`: every write must be exactly the client bytes recorded next,
/// every read gets the server bytes recorded next.
final class ScriptedTransport: PostgresTransport {
    private var clientBytes: [UInt8] = []
    private var serverChunks: [[UInt8]] = []
    private var expected: [UInt8] = []
    private(set) var closed = false
    private let file: StaticString
    private let line: UInt

    init(_ exchange: Exchange, file: StaticString = #filePath, line: UInt = #line) {
        self.file = file
        self.line = line
        for step in exchange.steps {
            switch step {
            case .client(let bytes): expected += bytes
            case .server(let bytes): serverChunks.append(bytes)
            }
        }
    }

    func write(_ bytes: [UInt8]) throws {
        clientBytes += bytes
        let sent = clientBytes.count
        XCTAssertEqual(Array(clientBytes.prefix(sent)), Array(expected.prefix(sent)), "the client's bytes differ from the recording", file: file, line: line)
    }

    func read(into buffer: inout [UInt8]) throws {
        guard !serverChunks.isEmpty else { throw PostgresError.connection("the recording has no more server bytes") }
        buffer += serverChunks.removeFirst()
    }

    func close() { closed = true }

    /// True when the client sent exactly what was recorded and read every server chunk.
    var finished: Bool { clientBytes == expected && serverChunks.isEmpty }
}

/// Wraps a real transport and writes down every byte each way, to make new recordings.
final class RecordingTransport: PostgresTransport {
    let inner: PostgresTransport
    private(set) var exchange = Exchange()

    init(_ inner: PostgresTransport) { self.inner = inner }

    func write(_ bytes: [UInt8]) throws {
        exchange.steps.append(.client(bytes))
        try inner.write(bytes)
    }

    func read(into buffer: inout [UInt8]) throws {
        let before = buffer.count
        try inner.read(into: &buffer)
        exchange.steps.append(.server(Array(buffer[before...])))
    }

    func close() { inner.close() }
}
