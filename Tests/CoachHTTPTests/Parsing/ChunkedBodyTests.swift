import XCTest
@testable import CoachHTTP

/// `Transfer-Encoding: chunked` request bodies, with the same limits as Content-Length (issue 11, defect 9).
final class ChunkedBodyTests: XCTestCase {
    static let head = "POST /m HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
    static let headers = [("Host", "a"), ("Transfer-Encoding", "chunked")]

    struct Case {
        var name: String
        var input: String
        var expected: [HTTPParseResult]
        var maxBodyBytes = 64 * 1024
    }

    static let cases: [Case] = [
        Case(name: "two chunks", input: head + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
             expected: [request("POST", "/m", headers, body: "hello world"), .incomplete]),
        Case(name: "hex sizes, extensions and trailers", input: head + "A;name=v\r\n0123456789\r\n1 ; x\r\n!\r\n0\r\nX-Trailer: t\r\n\r\n",
             expected: [request("POST", "/m", headers, body: "0123456789!"), .incomplete]),
        Case(name: "empty body", input: head + "0\r\n\r\n", expected: [request("POST", "/m", headers), .incomplete]),
        Case(name: "pipelined after a chunked body", input: head + "2\r\nhi\r\n0\r\n\r\nGET /next HTTP/1.1\r\nHost: a\r\n\r\n",
             expected: [request("POST", "/m", headers, body: "hi"), request("GET", "/next", [("Host", "a")]), .incomplete]),
        Case(name: "Transfer-Encoding is case-insensitive", input: "POST /m HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n",
             expected: [request("POST", "/m", [("Host", "a"), ("Transfer-Encoding", "Chunked")], body: "x"), .incomplete]),
        Case(name: "exactly the limit", input: head + "4\r\nabcd\r\n0\r\n\r\n",
             expected: [request("POST", "/m", headers, body: "abcd"), .incomplete], maxBodyBytes: 4),
        Case(name: "over the limit across chunks", input: head + "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
             expected: [.failure(.bodyTooLarge)], maxBodyBytes: 4),
        Case(name: "huge chunk size", input: head + "FFFFFFFFFFFFFFFFFFFF\r\n", expected: [.failure(.bodyTooLarge)]),
        Case(name: "not hex", input: head + "zz\r\n", expected: [.failure(.invalidChunkedBody)]),
        Case(name: "no size", input: head + "\r\n", expected: [.failure(.invalidChunkedBody)]),
        Case(name: "data longer than its size", input: head + "2\r\nabc\r\n0\r\n\r\n", expected: [.failure(.invalidChunkedBody)]),
        Case(name: "bare LF after size", input: head + "2\nab\r\n0\r\n\r\n", expected: [.failure(.invalidLineEnding)]),
        // A line already over its limit is the limit's error even when a bare LF ends it later in the same
        // read: the answer must not depend on how the bytes arrive (found by the HTTP fuzzer).
        Case(name: "size line over its limit, then a bare LF", input: head + "1;" + String(repeating: "x", count: 5000) + "\n",
             expected: [.failure(.invalidChunkedBody)]),
        Case(name: "trailer over the head limit, then a bare LF", input: head + "0\r\nX-T: " + String(repeating: "a", count: 17 * 1024) + "\n",
             expected: [.failure(.headersTooLarge)]),
        Case(name: "with Content-Length", input: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n",
             expected: [.failure(.invalidTransferEncoding)]),
        Case(name: "chunked not last", input: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, identity\r\n\r\n",
             expected: [.failure(.invalidTransferEncoding)]),
        Case(name: "chunked twice", input: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
             expected: [.failure(.invalidTransferEncoding)]),
        Case(name: "in HTTP/1.0", input: "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n",
             expected: [.failure(.invalidTransferEncoding)]),
    ]

    func testCasesWholeAndByteByByte() {
        for c in Self.cases {
            XCTAssertEqual(ParserHarness.parseWhole(Array(c.input.utf8), maxBodyBytes: c.maxBodyBytes), c.expected, "\(c.name) (whole)")
            XCTAssertEqual(ParserHarness.parseByteByByte(Array(c.input.utf8), maxBodyBytes: c.maxBodyBytes), c.expected, "\(c.name) (byte by byte)")
        }
    }

    /// A 64 KiB body in one-byte chunks: framing is dropped as it is decoded, so the buffer stays small.
    func testTinyChunksDoNotAccumulateFraming() {
        var parser = HTTPRequestParser()
        parser.append(Array(Self.head.utf8))
        XCTAssertEqual(parser.next(), .incomplete)
        for _ in 0..<(64 * 1024) {
            parser.append(Array("1\r\nz\r\n".utf8))
            XCTAssertEqual(parser.next(), .incomplete)
        }
        XCTAssertLessThan(parser.bufferedByteCount, Self.head.utf8.count + 8)
        XCTAssertTrue(parser.expectsContinue == false)
        parser.append(Array("0\r\n\r\n".utf8))
        guard case let .request(request) = parser.next() else { return XCTFail("no request") }
        XCTAssertEqual(request.body, [UInt8](repeating: UInt8(ascii: "z"), count: 64 * 1024))
    }
}
