import CoachCore
import CoachStore
import Foundation
import XCTest

/// The real server binary on 127.0.0.1: live requests, graceful shutdown, and survival of SIGKILL.
final class ServeEndToEndTests: XCTestCase {
    var stateDirectory: URL!

    override func setUp() {
        stateDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("coach-serve-\(UUID().uuidString)")
    }

    override func tearDown() { try? FileManager.default.removeItem(at: stateDirectory) }

    func testLiveRequestsAndGracefulShutdown() throws {
        let server = try ServerProcess(stateDirectory: stateDirectory)
        let reply = try XCTUnwrap(server.request("POST", "/v1/messages", body: #"{"user":"u1","text":"he has a knife"}"#))
        XCTAssertEqual(reply.status, 200)
        XCTAssertTrue(reply.body.contains(#""state":"emergency","intent":"danger","tags":["safety.emergency"]"#), reply.body)
        XCTAssertEqual(server.request("GET", "/healthz")?.body, #"{"status":"ok"}"#)
        XCTAssertEqual(server.request("POST", "/v1/messages", body: "{")?.status, 400)
        XCTAssertEqual(server.request("DELETE", "/v1/sessions/u1")?.status, 204)
        server.signal(SIGTERM)
        XCTAssertEqual(server.waitForExit(), 0)
        XCTAssertTrue(server.stderr.contains("coach serve: stopped"), server.stderr)
        XCTAssertFalse(server.stderr.contains("knife"), "message text is never logged")
        XCTAssertTrue(server.stderr.contains(#""path":"/v1/sessions/{user}""#), "user ids are not logged")
    }

    func testSessionsSurviveARestart() throws {
        let first = try ServerProcess(stateDirectory: stateDirectory)
        XCTAssertEqual(first.request("POST", "/v1/messages", body: #"{"user":"u2","text":"1"}"#)?.status, 200)
        first.signal(SIGTERM)
        XCTAssertEqual(first.waitForExit(), 0)
        let second = try ServerProcess(stateDirectory: stateDirectory)
        let reply = try XCTUnwrap(second.request("POST", "/v1/messages", body: #"{"user":"u2","text":"no"}"#))
        XCTAssertTrue(reply.body.contains(#""state":"plan""#), reply.body)
    }

    /// Kills the server with SIGKILL during a stream of turns; every acknowledged turn must be on disk.
    func testNoAcknowledgedTurnIsLostToSIGKILL() throws {
        let server = try ServerProcess(stateDirectory: stateDirectory)
        let users = (0..<8).map { "crash-\($0)" }
        let acknowledged = Counts()
        let group = DispatchGroup()
        for user in users {
            group.enter()
            Thread {
                for _ in 0..<400 {
                    guard let reply = server.request("POST", "/v1/messages", body: "{\"user\":\"\(user)\",\"text\":\"hmm\"}"),
                          reply.status == 200 else { break }
                    acknowledged.increment(user)
                }
                group.leave()
            }.start()
        }
        Thread.sleep(forTimeInterval: 0.6)
        server.signal(SIGKILL)
        _ = server.waitForExit()
        group.wait()
        XCTAssertGreaterThan(acknowledged.total, 0, "some turns were acknowledged before the kill")
        let store = try FileSessionStore(directory: stateDirectory)
        defer { try? store.close() }
        for user in users {
            let acked = acknowledged.value(user)
            guard acked > 0 else { continue }
            let data = try XCTUnwrap(store.load("api:" + user), "session of \(user) lost")
            let session = try JSONDecoder().decode(SessionState.self, from: data)
            XCTAssertGreaterThanOrEqual(session.turns, acked, "\(user): \(acked) turns acknowledged, \(session.turns) on disk")
            XCTAssertLessThanOrEqual(session.turns, acked + 1, "\(user): at most the one unacknowledged turn in flight")
        }
    }

    // @unchecked: every access to `counts` holds `lock`.
    private final class Counts: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        func increment(_ user: String) { lock.withLock { counts[user, default: 0] += 1 } }
        func value(_ user: String) -> Int { lock.withLock { counts[user] ?? 0 } }
        var total: Int { lock.withLock { counts.values.reduce(0, +) } }
    }
}
