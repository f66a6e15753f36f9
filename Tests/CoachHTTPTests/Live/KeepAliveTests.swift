import XCTest
@testable import CoachHTTP

final class KeepAliveTests: XCTestCase {
    func testTwoRequestsOnOneConnection() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        client.send(wireRequest("GET", "/a?x=1"))
        let first = client.readResponse()
        XCTAssertEqual(first?.status, 200)
        XCTAssertEqual(first?.body, "GET /a q=x=1 body=")
        XCTAssertNil(first?.headers["connection"])
        XCTAssertNotNil(first?.headers["date"])
        client.send(wireRequest("POST", "/b", body: "hello"))
        XCTAssertEqual(client.readResponse()?.body, "POST /b q=- body=hello")
    }

    func testPipelinedRequestsAreAnsweredInOrder() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        client.send(wireRequest("GET", "/slow") + wireRequest("POST", "/2", body: "two") + wireRequest("GET", "/3"))
        XCTAssertEqual(client.readResponse()?.body, "GET /slow q=- body=")
        XCTAssertEqual(client.readResponse()?.body, "POST /2 q=- body=two")
        XCTAssertEqual(client.readResponse()?.body, "GET /3 q=- body=")
    }

    func testBadRequestAfterAGoodOneIsAnsweredInOrderThenClosed() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        client.send(wireRequest("GET", "/slow") + "NOT HTTP\r\n\r\n" + wireRequest("GET", "/never"))
        XCTAssertEqual(client.readResponse()?.body, "GET /slow q=- body=")
        let bad = client.readResponse()
        XCTAssertEqual(bad?.status, 400)
        XCTAssertEqual(bad?.headers["connection"], "close")
        XCTAssertTrue(client.readsEndOfStream())
    }

    struct CloseCase {
        var name: String
        var request: String
        var connectionHeader: String?
        var closes: Bool
    }

    static let closeCases: [CloseCase] = [
        CloseCase(name: "1.1 Connection: close", request: wireRequest("GET", "/", headers: ["Connection: close"]),
                  connectionHeader: "close", closes: true),
        CloseCase(name: "1.0 without keep-alive", request: "GET / HTTP/1.0\r\n\r\n", connectionHeader: "close", closes: true),
        CloseCase(name: "1.0 with keep-alive", request: "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
                  connectionHeader: "keep-alive", closes: false),
        CloseCase(name: "responder asks to close", request: wireRequest("GET", "/close"), connectionHeader: "close", closes: true),
    ]

    func testConnectionClosing() throws {
        let live = try LiveServer()
        defer { live.stop() }
        for c in Self.closeCases {
            let client = try live.client(timeout: 1)
            client.send(c.request)
            let response = client.readResponse()
            XCTAssertEqual(response?.status, 200, c.name)
            XCTAssertEqual(response?.headers["connection"], c.connectionHeader, c.name)
            XCTAssertEqual(client.readsEndOfStream(), c.closes, c.name)
        }
    }

    func testHeadHasLengthButNoBody() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        client.send(wireRequest("HEAD", "/h") + wireRequest("GET", "/after"))
        let head = client.readResponse(bodyless: true)
        XCTAssertEqual(head?.status, 200)
        XCTAssertEqual(head?.headers["content-length"], "17")  // "HEAD /h q=- body="
        // Had a body been sent, it would precede and corrupt the next response.
        XCTAssertEqual(client.readResponse()?.body, "GET /after q=- body=")
    }

    func testExpectContinue() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        client.send(wireRequest("POST", "/e", headers: ["Expect: 100-continue", "Content-Length: 3"]))
        XCTAssertEqual(client.readResponse()?.status, 100)
        client.send("abc")
        XCTAssertEqual(client.readResponse()?.body, "POST /e q=- body=abc")
    }
}
