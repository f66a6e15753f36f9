import Dispatch
import XCTest
@testable import CoachHTTP

/// Requests that arrive as the server shuts down are answered, with `Connection: close` (issue 11, defect 12).
final class ShutdownRaceTests: XCTestCase {
    /// Starts `live.stop()` on another thread; returns a semaphore signalled once it returned.
    private func stopInBackground(_ live: LiveServer) -> DispatchSemaphore {
        let returned = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            live.stop()
            returned.signal()
        }
        return returned
    }

    func testRequestOnAnIdleKeepAliveConnectionJustAfterShutdownIsAnswered() throws {
        let live = try LiveServer()
        let client = try live.client()
        client.send(wireRequest("GET", "/first"))
        XCTAssertNil(client.readResponse()?.headers["connection"], "kept alive")
        let stopped = stopInBackground(live)
        usleep(100_000)
        client.send(wireRequest("POST", "/second", body: "turn"))
        let response = client.readResponse()
        XCTAssertEqual(response?.body, "POST /second q=- body=turn")
        XCTAssertEqual(response?.headers["connection"], "close")
        XCTAssertTrue(client.readsEndOfStream())
        XCTAssertEqual(stopped.wait(timeout: .now() + 5), .success)
    }

    func testRequestHalfReceivedAtShutdownIsAnswered() throws {
        let live = try LiveServer()
        let client = try live.client()
        client.send("POST /half HTTP/1.1\r\nHost: test\r\nContent-Length: 4\r\n\r\nab")
        usleep(50_000)
        let stopped = stopInBackground(live)
        usleep(100_000)
        client.send("cd")
        let response = client.readResponse()
        XCTAssertEqual(response?.body, "POST /half q=- body=abcd")
        XCTAssertEqual(response?.headers["connection"], "close")
        XCTAssertEqual(stopped.wait(timeout: .now() + 5), .success)
    }

    func testIdleConnectionsCloseAfterTheQuietPeriod() throws {
        let live = try LiveServer { $0.shutdownQuietPeriod = 0.3 }
        let idle = try live.client()
        idle.send(wireRequest("GET", "/"))
        XCTAssertEqual(idle.readResponse()?.status, 200)
        let start = Date()
        live.stop()
        XCTAssertTrue(idle.readsEndOfStream())
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
    }
}
