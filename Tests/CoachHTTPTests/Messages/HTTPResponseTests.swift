import XCTest
@testable import CoachHTTP

final class HTTPResponseTests: XCTestCase {
    struct ErrorCase {
        var message: String
        var body: String
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(message: "not found", body: #"{"error":{"message":"not found"}}"#),
        ErrorCase(message: #"say "hi" \ bye"#, body: #"{"error":{"message":"say \"hi\" \\ bye"}}"#),
        ErrorCase(message: "line\nbreak\ttab\u{1}", body: #"{"error":{"message":"line\nbreak\ttab\u0001"}}"#),
        ErrorCase(message: "café ✓", body: #"{"error":{"message":"café ✓"}}"#),
    ]

    func testErrorBodiesAreEscapedJSON() {
        for c in Self.errorCases {
            let response = HTTPResponse.error(404, c.message)
            XCTAssertEqual(response.status, 404)
            XCTAssertEqual(String(decoding: response.body, as: UTF8.self), c.body, c.message)
            XCTAssertEqual(response.headers["content-type"], "application/json")
        }
    }

    func testFactories() {
        XCTAssertEqual(HTTPResponse.text(200, "hi"),
                       HTTPResponse(status: 200, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Array("hi".utf8)))
        XCTAssertEqual(HTTPResponse.json(201, Array("{}".utf8)),
                       HTTPResponse(status: 201, headers: ["Content-Type": "application/json"], body: Array("{}".utf8)))
    }

    struct WireCase {
        var name: String
        var response: HTTPResponse
        var isHead: Bool
        var close: Bool
        var http10KeepAlive: Bool
        var wire: String
    }

    static let date = Array("Date: D\r\n".utf8)

    static let wireCases: [WireCase] = [
        WireCase(name: "keep-alive 1.1", response: .text(200, "hi"), isHead: false, close: false, http10KeepAlive: false,
                 wire: "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\nDate: D\r\n\r\nhi"),
        WireCase(name: "closing", response: .init(status: 404), isHead: false, close: true, http10KeepAlive: false,
                 wire: "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nDate: D\r\nConnection: close\r\n\r\n"),
        WireCase(name: "HTTP/1.0 keep-alive", response: .init(status: 200), isHead: false, close: false, http10KeepAlive: true,
                 wire: "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nDate: D\r\nConnection: keep-alive\r\n\r\n"),
        WireCase(name: "HEAD keeps length, drops body", response: .text(200, "abc"), isHead: true, close: false,
                 http10KeepAlive: false,
                 wire: "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 3\r\nDate: D\r\n\r\n"),
        WireCase(name: "204 has no length or body", response: .init(status: 204, body: [1]), isHead: false, close: false,
                 http10KeepAlive: false, wire: "HTTP/1.1 204 No Content\r\nDate: D\r\n\r\n"),
        WireCase(name: "managed and unsafe fields dropped",
                 response: .init(status: 200, headers: HTTPHeaders([("Content-Length", "99"), ("Connection", "x"), ("Date", "y"),
                                                                    ("Transfer-Encoding", "chunked"), ("X-Bad", "a\r\nInjected: 1"),
                                                                    ("Bad Name", "v"), ("X-Ok", "ok")])),
                 isHead: false, close: false, http10KeepAlive: false,
                 wire: "HTTP/1.1 200 OK\r\nX-Ok: ok\r\nContent-Length: 0\r\nDate: D\r\n\r\n"),
        WireCase(name: "status out of range becomes 500", response: .init(status: 42), isHead: false, close: false,
                 http10KeepAlive: false, wire: "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nDate: D\r\n\r\n"),
    ]

    func testWireFormat() {
        for c in Self.wireCases {
            let prepared = ResponseSerializer.prepare(c.response, isHeadRequest: c.isHead)
            var out: [UInt8] = []
            ResponseSerializer.finish(prepared, close: c.close, http10KeepAlive: c.http10KeepAlive, date: Self.date, into: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), c.wire, c.name)
        }
    }

    func testDateFormat() {
        XCTAssertEqual(DateHeader.format(epochSecond: 784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT")
        XCTAssertEqual(DateHeader.format(epochSecond: 0), "Thu, 01 Jan 1970 00:00:00 GMT")
    }
}
