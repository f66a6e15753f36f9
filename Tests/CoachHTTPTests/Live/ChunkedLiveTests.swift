import XCTest
@testable import CoachHTTP

/// Chunked request bodies over a real socket (issue 11, defect 9).
final class ChunkedLiveTests: XCTestCase {
    func testChunkedBodyIsAnsweredAndTheConnectionKeptAlive() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        client.send("POST /hook HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
        usleep(50_000)
        client.send("1\r\n!\r\n0\r\n\r\n")
        let response = client.readResponse()
        XCTAssertEqual(response?.status, 200)
        XCTAssertEqual(response?.body, "POST /hook q=- body=hello!")
        XCTAssertNil(response?.headers["connection"])
        client.send(wireRequest("GET", "/after"))
        XCTAssertEqual(client.readResponse()?.body, "GET /after q=- body=")
    }

    func testChunkedWithExpectContinue() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        client.send("POST /e HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.status, 100)
        client.send("3\r\nabc\r\n0\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.body, "POST /e q=- body=abc")
    }
}
