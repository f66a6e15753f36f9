import Foundation
import PostgresTestCluster
import XCTest

/// Several `coach serve` instances on one PostgreSQL database (started by the tests), with the counter
/// dialogue in Tests/Fixtures/counter: step N moves on only on the Nth word, and a turn applied twice
/// or out of order falls into `broken` for good, so every reply proves every earlier turn landed once.
final class ServeInstancesTests: XCTestCase {
    static let words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima",
                        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
                        "xray", "yankee", "zulu"]
    static let counter = CoachProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/counter").path

    var directories: [URL] = []

    override func tearDown() {
        for directory in directories { try? FileManager.default.removeItem(at: directory) }
        super.tearDown()
    }

    func cluster() throws -> PostgresTestCluster {
        switch SharedPostgresCluster.get() {
        case .success(let cluster): return cluster
        case .failure(.unavailable(let reason)) where ProcessInfo.processInfo.environment["CI"] == nil:
            throw XCTSkip("PostgreSQL is not installed, so this test is skipped (in CI it fails): \(reason)")
        case .failure(let failure):
            XCTFail("\(failure)")
            throw failure
        }
    }

    func database(_ cluster: PostgresTestCluster) throws -> String {
        let name = "serve_" + String(UInt32.random(in: 0...UInt32.max))
        try cluster.createDatabase(name)
        return cluster.url(database: name)
    }

    func server(store: String? = nil) throws -> ServerProcess {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coach-instances-\(UUID().uuidString)")
        directories.append(directory)
        return try ServerProcess(stateDirectory: directory, arguments: store.map { ["--store", $0] } ?? [], dialogues: Self.counter)
    }

    /// A generic API turn: the state the user is in afterwards, or nil when it was not answered with 200.
    static func state(_ server: ServerProcess, user: String, text: String) -> String? {
        guard let response = server.request("POST", "/v1/messages", body: "{\"user\":\"\(user)\",\"text\":\"\(text)\"}"), response.status == 200,
              let object = try? JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any] else { return nil }
        return object["state"] as? String
    }

    static func telegram(_ server: ServerProcess, update: Int, user: Int, text: String) -> (status: Int, body: String)? {
        server.request("POST", "/telegram", body: """
            {"update_id":\(update),"message":{"message_id":\(update),"chat":{"id":\(user)},"from":{"id":\(user)},"text":"\(text)"}}
            """, headers: ["Content-Type": "application/json"])
    }

    func testTwoInstancesApplyEveryTurnOnceAndInOrder() throws {
        let url = try database(try cluster())
        let instances = [try server(store: url), try server(store: url)]
        XCTAssertTrue(instances[0].stderr.contains("(sessions in postgres://coach@127.0.0.1:"), instances[0].stderr)
        let users = (0..<6).map { "u\($0)" }
        for (step, word) in Self.words.prefix(20).enumerated() {
            let states = Locked([String?](repeating: nil, count: users.count))
            DispatchQueue.concurrentPerform(iterations: users.count) { index in
                let answer = Self.state(instances[(step + index) % 2], user: users[index], text: word)
                states.update { $0[index] = answer }
            }
            XCTAssertEqual(states.value, [String?](repeating: "step\(step + 1)", count: users.count), "after '\(word)'")
        }
    }

    func testKillingOneInstanceMidStreamLosesNoAcknowledgedTurn() throws {
        let url = try database(try cluster())
        let instances = [try server(store: url), try server(store: url)]
        let acknowledged = Locked(0)
        let killed = Locked(false)
        let failures = Locked([String]())
        let users = 4
        let group = DispatchGroup()
        for user in 0..<users {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                for (step, word) in Self.words.enumerated() {
                    let update = user * 1000 + step
                    var target = (step + user) % 2
                    if killed.value { target = 1 }
                    // A delivery the dead instance did not answer is delivered again to the other, as Telegram would.
                    var response = Self.telegram(instances[target], update: update, user: 500 + user, text: word)
                    if response?.status != 200 { response = Self.telegram(instances[1], update: update, user: 500 + user, text: word) }
                    guard let response, response.status == 200 else {
                        failures.update { $0.append("user \(user) '\(word)': no answer") }
                        return
                    }
                    if !response.body.contains("\"text\":\"At step \(step + 1).\"") {
                        failures.update { $0.append("user \(user) '\(word)': \(response.body)") }
                        return
                    }
                    acknowledged.update { $0 += 1 }
                }
            }
        }
        let deadline = Date().addingTimeInterval(30)
        while acknowledged.value < users * 8 && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        instances[0].signal(SIGKILL)
        killed.update { $0 = true }
        let atKill = acknowledged.value
        XCTAssertTrue(atKill >= users * 8 && atKill < users * Self.words.count, "the kill came mid-stream (\(atKill) turns acknowledged)")
        XCTAssertEqual(group.wait(timeout: .now() + 60), .success)
        XCTAssertEqual(failures.value, [])
        XCTAssertEqual(acknowledged.value, users * Self.words.count)
    }

    func testTheDatabaseRestartingMidStreamGives503AndTheServerRecoversByItself() throws {
        let cluster = try cluster()
        let url = try database(cluster)
        let instance = try server(store: url)
        XCTAssertEqual(Self.state(instance, user: "r", text: "alpha"), "step1")
        try cluster.stopServer()
        var restarted = false
        defer { if !restarted { try? cluster.startServer() } }
        for _ in 0..<3 {
            let response = instance.request("POST", "/v1/messages", body: #"{"user":"r","text":"bravo"}"#)
            XCTAssertEqual(response?.status, 503)
            XCTAssertEqual(response?.body, #"{"error":{"message":"the session could not be saved; try again"}}"#)
        }
        try cluster.startServer()
        restarted = true
        XCTAssertEqual(Self.state(instance, user: "r", text: "bravo"), "step2", "the first turn after the restart succeeds")
        XCTAssertEqual(Self.state(instance, user: "r", text: "charlie"), "step3")
    }

    func testRepeatedTelegramUpdatesAndTwilioMessagesAreAnsweredOnceWithPostgres() throws {
        let url = try database(try cluster())
        try checkRetriesAnsweredOnce([try server(store: url), try server(store: url)])
    }

    func testRepeatedTelegramUpdatesAndTwilioMessagesAreAnsweredOnceWithTheFileStore() throws {
        let instance = try server()
        try checkRetriesAnsweredOnce([instance, instance])
    }

    /// The first delivery on one instance, its retry on the other (the same one with the file store).
    func checkRetriesAnsweredOnce(_ instances: [ServerProcess]) throws {
        let first = Self.telegram(instances[0], update: 9001, user: 77, text: "alpha")
        XCTAssertEqual(first?.status, 200)
        XCTAssertEqual(first?.body, #"{"method":"sendMessage","chat_id":77,"text":"At step 1."}"#)
        let retry = Self.telegram(instances[1], update: 9001, user: 77, text: "alpha")
        XCTAssertEqual(retry?.status, 200)
        XCTAssertEqual(retry?.body, first?.body)
        XCTAssertEqual(Self.telegram(instances[1], update: 9002, user: 77, text: "bravo")?.body, #"{"method":"sendMessage","chat_id":77,"text":"At step 2."}"#)

        let form = ["Content-Type": "application/x-www-form-urlencoded"]
        let twiml = { (step: Int) in #"<?xml version="1.0" encoding="UTF-8"?><Response><Message>At step "# + "\(step)." + "</Message></Response>" }
        let message = instances[0].request("POST", "/twilio", body: "From=%2B15550007&Body=alpha&MessageSid=SM0001", headers: form)
        XCTAssertEqual(message?.status, 200)
        XCTAssertEqual(message?.body, twiml(1))
        XCTAssertEqual(instances[1].request("POST", "/twilio", body: "From=%2B15550007&Body=alpha&MessageSid=SM0001", headers: form)?.body, twiml(1))
        XCTAssertEqual(instances[1].request("POST", "/twilio", body: "From=%2B15550007&Body=bravo&MessageSid=SM0002", headers: form)?.body, twiml(2))
    }
}

// @unchecked: every access to `stored` holds `lock`.
/// A value shared between threads.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
