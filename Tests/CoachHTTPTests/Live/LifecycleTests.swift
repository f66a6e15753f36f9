import Dispatch
import Synchronization
import XCTest
@testable import CoachHTTP

final class LifecycleTests: XCTestCase {
    func testShutdownDeliversTheResponseInFlight() throws {
        let started = DispatchSemaphore(value: 0)
        let live = try LiveServer(responder: ClosureResponder { request in
            started.signal()
            return EchoResponder(slowSeconds: 0.5).respond(to: request)
        })
        let client = try live.client()
        client.send(wireRequest("GET", "/slow"))
        XCTAssertEqual(started.wait(timeout: .now() + 5), .success)
        let shutdownReturned = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            live.stop()
            shutdownReturned.signal()
        }
        let response = client.readResponse()
        XCTAssertEqual(response?.body, "GET /slow q=- body=")
        XCTAssertEqual(response?.headers["connection"], "close")
        XCTAssertTrue(client.readsEndOfStream())
        XCTAssertEqual(shutdownReturned.wait(timeout: .now() + 5), .success)
        XCTAssertThrowsError(try live.client(timeout: 1))  // no longer listening
    }

    func testShutdownClosesIdleConnectionsAndIsIdempotent() throws {
        let live = try LiveServer()
        let idle = try live.client()
        idle.send(wireRequest("GET", "/"))
        XCTAssertEqual(idle.readResponse()?.status, 200)
        live.stop()
        XCTAssertTrue(idle.readsEndOfStream())
        live.stop()
        live.server.waitUntilStopped()
    }

    func testStartTwiceAndBadHostThrow() throws {
        let live = try LiveServer()
        defer { live.stop() }
        XCTAssertThrowsError(try live.server.start()) { XCTAssertEqual($0 as? HTTPServerError, .alreadyStarted) }
        let bad = HTTPServer(configuration: .init(host: "example.com", port: 0), responder: EchoResponder())
        XCTAssertThrowsError(try bad.start()) { XCTAssertEqual($0 as? HTTPServerError, .invalidHost("example.com")) }
        bad.shutdown()
    }

    func testShutdownBeforeStartReturns() {
        let server = HTTPServer(configuration: .init(port: 0), responder: EchoResponder())
        server.shutdown()
        server.waitUntilStopped()
    }

    func testShutdownFromInsideTheResponderDoesNotDeadlock() throws {
        let box = Mutex<HTTPServer?>(nil)
        let live = try LiveServer(responder: ClosureResponder { _ in
            box.withLock { $0 }?.shutdown()
            return .text(200, "bye")
        })
        box.withLock { $0 = live.server }
        let client = try live.client()
        client.send(wireRequest("GET", "/"))
        XCTAssertEqual(client.readResponse()?.body, "bye")
        live.server.waitUntilStopped()
    }

    func testIPv6Loopback() throws {
        let server = HTTPServer(configuration: .init(host: "::1", port: 0), responder: EchoResponder())
        guard let port = try? server.start() else { throw XCTSkip("no IPv6 loopback here") }
        XCTAssertGreaterThan(port, 0)
        server.shutdown()
    }
}
