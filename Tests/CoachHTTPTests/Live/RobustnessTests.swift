import Dispatch
import XCTest
@testable import CoachHTTP

final class RobustnessTests: XCTestCase {
    func testResetMidRequestDoesNotAffectTheNextClient() throws {
        let live = try LiveServer()
        defer { live.stop() }
        do {
            let client = try live.client()
            client.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\npartial")
            client.socket.setResetOnClose()
        }
        let next = try live.client()
        next.send(wireRequest("GET", "/ok"))
        XCTAssertEqual(next.readResponse()?.status, 200)
    }

    func testResetWhileTheResponderRunsDoesNotAffectTheNextClient() throws {
        let live = try LiveServer()
        defer { live.stop() }
        do {
            let client = try live.client()
            client.send(wireRequest("GET", "/slow") + wireRequest("GET", "/queued"))
            sleep(seconds: 0.05)
            client.socket.setResetOnClose()
        }
        sleep(seconds: 0.5)  // the slow response is written to a reset socket by now
        let next = try live.client()
        next.send(wireRequest("GET", "/ok"))
        XCTAssertEqual(next.readResponse()?.body, "GET /ok q=- body=")
    }

    func testClientThatHalfClosesStillGetsItsResponse() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        client.send(wireRequest("POST", "/slow", body: "x"))
        client.socket.shutdownWrite()
        XCTAssertEqual(client.readResponse()?.body, "POST /slow q=- body=x")
        XCTAssertTrue(client.readsEndOfStream())
    }

    func testManyConcurrentKeepAliveClients() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let failures = LogRecorder()
        DispatchQueue.concurrentPerform(iterations: 32) { index in
            guard let client = try? live.client() else {
                return failures.record(HTTPRequestLog(method: "connect", path: "\(index)", status: 0, durationSeconds: 0,
                                                      bodyBytes: 0, remoteAddress: ""))
            }
            for i in 0..<25 {
                client.send(wireRequest("POST", "/c\(index)", body: "\(i)"))
                if client.readResponse()?.body != "POST /c\(index) q=- body=\(i)" {
                    failures.record(HTTPRequestLog(method: "POST", path: "/c\(index)", status: i, durationSeconds: 0,
                                                   bodyBytes: 0, remoteAddress: ""))
                }
            }
        }
        XCTAssertEqual(failures.all, [])
        XCTAssertEqual(live.logs.all.count, 32 * 25)
    }

    func testLogsCarryNoQueryOrBody() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        client.send(wireRequest("POST", "/hook?token=secret", body: "private"))
        XCTAssertEqual(client.readResponse()?.status, 200)
        client.send("BREW / HTTP/1.1\r\nHost: a\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.status, 501)
        let logs = live.logs.all.map { [$0.method, $0.path, "\($0.status)", "\($0.requestBodyBytes)", "\($0.bodyBytes)"] }
        XCTAssertEqual(logs, [["POST", "/hook", "200", "7", "38"], ["-", "-", "501", "0", "46"]])
        XCTAssertTrue(live.logs.all.allSatisfy { $0.remoteAddress.hasPrefix("127.0.0.1:") })
    }
}
