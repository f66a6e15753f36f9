import XCTest
import Foundation
@testable import CoachHTTP

final class LimitTests: XCTestCase {
    struct Case {
        var name: String
        var request: String
        var status: Int
    }

    static let cases: [Case] = [
        Case(name: "body over 64 KiB, body not sent",
             request: wireRequest("POST", "/", headers: ["Content-Length: 65537"]), status: 413),
        Case(name: "body over 64 KiB, body sent anyway",
             request: wireRequest("POST", "/", body: String(repeating: "b", count: 200_000)), status: 413),
        Case(name: "headers over 16 KiB",
             request: wireRequest("GET", "/", headers: ["X-Big: " + String(repeating: "h", count: 16 * 1024)]), status: 431),
        Case(name: "gzip transfer coding", request: wireRequest("POST", "/", headers: ["Transfer-Encoding: gzip, chunked"]) + "0\r\n\r\n",
             status: 501),
        Case(name: "chunked body over 64 KiB", request: wireRequest("POST", "/", headers: ["Transfer-Encoding: chunked"])
             + "8000\r\n" + String(repeating: "c", count: 0x8000) + "\r\n8001\r\n" + String(repeating: "c", count: 0x8001) + "\r\n0\r\n\r\n",
             status: 413),
        Case(name: "chunked with Content-Length", request: wireRequest("POST", "/", headers: ["Transfer-Encoding: chunked", "Content-Length: 5"])
             + "0\r\n\r\n", status: 400),
        Case(name: "unknown method", request: wireRequest("BREW", "/"), status: 501),
        Case(name: "TRACE", request: wireRequest("TRACE", "/"), status: 405),
        Case(name: "HTTP/2.0", request: "GET / HTTP/2.0\r\nHost: a\r\n\r\n", status: 505),
        Case(name: "garbage", request: "hello\r\n\r\n", status: 400),
        Case(name: "conflicting lengths", request: wireRequest("POST", "/", headers: ["Content-Length: 1", "Content-Length: 2"]),
             status: 400),
    ]

    func testErrorsAreAnsweredThenClosed() throws {
        let live = try LiveServer()
        defer { live.stop() }
        for c in Self.cases {
            let client = try live.client(timeout: 2)
            client.send(c.request)
            let response = client.readResponse()
            XCTAssertEqual(response?.status, c.status, c.name)
            XCTAssertEqual(response?.headers["connection"], "close", c.name)
            XCTAssertEqual(response?.headers["content-type"], "application/json", c.name)
            XCTAssertTrue(response?.body.hasPrefix(#"{"error":{"message":""#) ?? false, c.name)
            XCTAssertTrue(client.readsEndOfStream(), c.name)
        }
        let client = try live.client()
        client.send(wireRequest("GET", "/still-up"))
        XCTAssertEqual(client.readResponse()?.status, 200)
    }

    func testStalledRequestGets408() throws {
        let live = try LiveServer { $0.requestTimeout = 0.3 }
        defer { live.stop() }
        let client = try live.client(timeout: 3)
        client.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Le")
        let start = Date()
        let response = client.readResponse()
        XCTAssertEqual(response?.status, 408)
        XCTAssertEqual(response?.headers["connection"], "close")
        XCTAssertTrue(client.readsEndOfStream())
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
    }

    func testStalledBodyGets408() throws {
        let live = try LiveServer { $0.requestTimeout = 0.3 }
        defer { live.stop() }
        let client = try live.client(timeout: 3)
        client.send(wireRequest("POST", "/", headers: ["Content-Length: 10"]) + "abc")
        XCTAssertEqual(client.readResponse()?.status, 408)
    }

    func testIdleKeepAliveConnectionIsClosedQuietly() throws {
        let live = try LiveServer { $0.idleTimeout = 0.3 }
        defer { live.stop() }
        let client = try live.client(timeout: 3)
        client.send(wireRequest("GET", "/"))
        XCTAssertEqual(client.readResponse()?.status, 200)
        XCTAssertTrue(client.readsEndOfStream())
    }

    func testConnectionsOverTheLimitGet503() throws {
        let live = try LiveServer { $0.maxConnections = 2 }
        defer { live.stop() }
        let first = try live.client(), second = try live.client()
        for client in [first, second] {
            client.send(wireRequest("GET", "/"))
            XCTAssertEqual(client.readResponse()?.status, 200)
        }
        let third = try live.client()
        let refused = third.readResponse()
        XCTAssertEqual(refused?.status, 503)
        XCTAssertEqual(refused?.headers["connection"], "close")
        XCTAssertTrue(third.readsEndOfStream())
        // Once a slot frees up, new connections are served again.
        first.socket.shutdownWrite()
        XCTAssertTrue(first.readsEndOfStream())
        var served = false
        for _ in 0..<50 where !served {
            let next = try live.client()
            next.send(wireRequest("GET", "/"))
            served = next.readResponse()?.status == 200
            if !served { sleep(seconds: 0.02) }
        }
        XCTAssertTrue(served)
    }
}
