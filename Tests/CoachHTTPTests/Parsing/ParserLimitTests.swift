import XCTest
@testable import CoachHTTP

final class ParserLimitTests: XCTestCase {
    /// A GET whose head (request line through blank line) is exactly `size` bytes.
    static func head(ofSize size: Int) -> [UInt8] {
        let start = "GET / HTTP/1.1\r\nHost: a\r\nX-Pad: "
        let end = "\r\n\r\n"
        return Array((start + String(repeating: "p", count: size - start.utf8.count - end.utf8.count) + end).utf8)
    }

    struct Case {
        var name: String
        var input: [UInt8]
        /// `summary` of the first result (requests this large would flood failure messages).
        var expectedFirst: String
    }

    /// "GET / 2 headers, 0 body bytes", "incomplete" or "failure(...)".
    static func summary(_ result: HTTPParseResult?) -> String {
        switch result {
        case let .request(r)?: return "\(r.method) \(r.target) \(r.headers.count) headers, \(r.body.count) body bytes"
        case .incomplete?: return "incomplete"
        case let .failure(error)?: return "failure(\(error))"
        case nil: return "nothing"
        }
    }

    static let cases: [Case] = [
        Case(name: "head of exactly 16 KiB", input: head(ofSize: 16 * 1024), expectedFirst: "GET / 2 headers, 0 body bytes"),
        Case(name: "head of 16 KiB + 1", input: head(ofSize: 16 * 1024 + 1), expectedFirst: "failure(headersTooLarge)"),
        Case(name: "16 KiB + 1 without terminator", input: Array(repeating: UInt8(ascii: "A"), count: 16 * 1024 + 1),
             expectedFirst: "failure(headersTooLarge)"),
        Case(name: "16 KiB without terminator waits", input: Array(repeating: UInt8(ascii: "A"), count: 16 * 1024),
             expectedFirst: "incomplete"),
        Case(name: "body of exactly 64 KiB",
             input: Array("PUT / HTTP/1.1\r\nHost: a\r\nContent-Length: 65536\r\n\r\n".utf8) + Array(repeating: 120, count: 65536),
             expectedFirst: "PUT / 2 headers, 65536 body bytes"),
    ]

    func testLimits() {
        for c in Self.cases {
            XCTAssertEqual(Self.summary(ParserHarness.parseWhole(c.input).first), c.expectedFirst, c.name)
        }
    }

    func testLimitsHoldWhenFedInSmallChunks() {
        for c in Self.cases {
            var parser = HTTPRequestParser()
            var first: HTTPParseResult = .incomplete
            var offset = 0
            while offset < c.input.count, first == .incomplete {
                parser.append(c.input[offset..<min(offset + 1000, c.input.count)])
                offset += 1000
                first = parser.next()
            }
            XCTAssertEqual(Self.summary(first), c.expectedFirst, c.name)
        }
    }
}
