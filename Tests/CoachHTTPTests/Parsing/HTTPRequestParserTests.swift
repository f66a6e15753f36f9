import XCTest
@testable import CoachHTTP

final class HTTPRequestParserTests: XCTestCase {
    struct Case {
        var name: String
        var input: String
        var expected: [HTTPParseResult]
    }

    static let host = [("Host", "a")]

    static let cases: [Case] = [
        Case(name: "simple GET", input: "GET /hello?name=x HTTP/1.1\r\nHost: a\r\n\r\n",
             expected: [request("GET", "/hello?name=x", host), .incomplete]),
        Case(name: "POST with body", input: "POST /m HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello",
             expected: [request("POST", "/m", host + [("Content-Length", "5")], body: "hello"), .incomplete]),
        Case(name: "pipelined two in one buffer",
             input: "GET /1 HTTP/1.1\r\nHost: a\r\n\r\nPOST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhiGET /3",
             expected: [request("GET", "/1", host), request("POST", "/2", host + [("Content-Length", "2")], body: "hi"),
                        .incomplete]),
        Case(name: "body not complete yet", input: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc",
             expected: [.incomplete]),
        Case(name: "HTTP/1.0 needs no Host", input: "GET / HTTP/1.0\r\n\r\n",
             expected: [request("GET", "/", [], version: .http1_0), .incomplete]),
        Case(name: "leading empty lines ignored", input: "\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
             expected: [request("GET", "/", host), .incomplete]),
        Case(name: "OWS trimmed, empty value kept", input: "GET / HTTP/1.1\r\nHost:a \t\r\nX-Empty:\r\n\r\n",
             expected: [request("GET", "/", host + [("X-Empty", "")]), .incomplete]),
        Case(name: "absolute-form target", input: "GET http://a/x?y HTTP/1.1\r\nHost: a\r\n\r\n",
             expected: [request("GET", "http://a/x?y", host), .incomplete]),
        Case(name: "OPTIONS asterisk", input: "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n",
             expected: [request("OPTIONS", "*", host), .incomplete]),
        Case(name: "same Content-Length twice", input: "PUT / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1, 1\r\n\r\nz",
             expected: [request("PUT", "/", host + [("Content-Length", "1"), ("Content-Length", "1, 1")], body: "z"), .incomplete]),
        Case(name: "Transfer-Encoding identity", input: "GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: identity\r\n\r\n",
             expected: [request("GET", "/", host + [("Transfer-Encoding", "identity")]), .incomplete]),
        Case(name: "header folding", input: "GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n 2\r\n\r\n",
             expected: [.failure(.malformedHeader)]),
        Case(name: "control character in value", input: "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{1}b\r\n\r\n",
             expected: [.failure(.malformedHeader)]),
        Case(name: "space before colon", input: "GET / HTTP/1.1\r\nHost : a\r\n\r\n",
             expected: [.failure(.malformedHeader)]),
        Case(name: "header without colon", input: "GET / HTTP/1.1\r\nHost a\r\n\r\n",
             expected: [.failure(.malformedHeader)]),
        Case(name: "bare LF", input: "GET / HTTP/1.1\nHost: a\n\n", expected: [.failure(.invalidLineEnding)]),
        Case(name: "bare CR", input: "GET / HTTP/1.1\rHost: a\r\n\r\n", expected: [.failure(.invalidLineEnding)]),
        Case(name: "double space in request line", input: "GET  / HTTP/1.1\r\nHost: a\r\n\r\n",
             expected: [.failure(.malformedRequestLine)]),
        Case(name: "garbage version", input: "GET / HTTP/1.1x\r\nHost: a\r\n\r\n", expected: [.failure(.malformedRequestLine)]),
        Case(name: "HTTP/2.0", input: "GET / HTTP/2.0\r\nHost: a\r\n\r\n", expected: [.failure(.unsupportedVersion)]),
        Case(name: "HTTP/1.2", input: "GET / HTTP/1.2\r\nHost: a\r\n\r\n", expected: [.failure(.unsupportedVersion)]),
        Case(name: "unknown method", input: "BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n", expected: [.failure(.unknownMethod)]),
        Case(name: "methods are case-sensitive", input: "get / HTTP/1.1\r\nHost: a\r\n\r\n", expected: [.failure(.unknownMethod)]),
        Case(name: "TRACE refused", input: "TRACE / HTTP/1.1\r\nHost: a\r\n\r\n", expected: [.failure(.methodNotAllowed)]),
        Case(name: "target not origin-form", input: "GET x HTTP/1.1\r\nHost: a\r\n\r\n", expected: [.failure(.invalidRequestTarget)]),
        Case(name: "asterisk only for OPTIONS", input: "GET * HTTP/1.1\r\nHost: a\r\n\r\n", expected: [.failure(.invalidRequestTarget)]),
        Case(name: "chunked, body not complete yet", input: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n",
             expected: [.incomplete]),
        Case(name: "gzip transfer coding", input: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n",
             expected: [.failure(.unsupportedTransferEncoding)]),
        Case(name: "conflicting Content-Length", input: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n",
             expected: [.failure(.invalidContentLength)]),
        Case(name: "conflicting Content-Length list", input: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 6\r\n\r\n",
             expected: [.failure(.invalidContentLength)]),
        Case(name: "negative Content-Length", input: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n",
             expected: [.failure(.invalidContentLength)]),
        Case(name: "non-numeric Content-Length", input: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x10\r\n\r\n",
             expected: [.failure(.invalidContentLength)]),
        Case(name: "Content-Length 65537", input: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 65537\r\n\r\n",
             expected: [.failure(.bodyTooLarge)]),
        Case(name: "Content-Length beyond Int", input: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n",
             expected: [.failure(.bodyTooLarge)]),
        Case(name: "missing Host", input: "GET / HTTP/1.1\r\n\r\n", expected: [.failure(.invalidHost)]),
        Case(name: "two Hosts", input: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", expected: [.failure(.invalidHost)]),
        Case(name: "unsupported Expect", input: "POST / HTTP/1.1\r\nHost: a\r\nExpect: tea\r\n\r\n",
             expected: [.failure(.unsupportedExpectation)]),
        Case(name: "request after a failure is not parsed", input: "BAD\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
             expected: [.failure(.malformedRequestLine)]),
    ]

    func testCasesWholeBuffer() {
        for c in Self.cases {
            XCTAssertEqual(ParserHarness.parseWhole(Array(c.input.utf8)), c.expected, c.name)
        }
    }

    func testCasesByteByByte() {
        for c in Self.cases {
            XCTAssertEqual(ParserHarness.parseByteByByte(Array(c.input.utf8)), c.expected, c.name)
        }
    }

    func testFailureIsSticky() {
        var parser = HTTPRequestParser()
        parser.append(Array("GET / HTTP/9.9\r\n\r\n".utf8))
        XCTAssertEqual(parser.next(), .failure(.unsupportedVersion))
        parser.append(Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8))
        XCTAssertEqual(parser.next(), .failure(.unsupportedVersion))
    }

    func testExpectContinueIsReportedUntilTheBodyArrives() {
        var parser = HTTPRequestParser()
        parser.append(Array("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8))
        XCTAssertEqual(parser.next(), .incomplete)
        XCTAssertTrue(parser.expectsContinue)
        XCTAssertTrue(parser.isMidRequest)
        parser.append(Array("ok".utf8))
        guard case let .request(request) = parser.next() else { return XCTFail("no request") }
        XCTAssertEqual(request.body, Array("ok".utf8))
        XCTAssertFalse(parser.expectsContinue)
        XCTAssertFalse(parser.isMidRequest)
    }
}
