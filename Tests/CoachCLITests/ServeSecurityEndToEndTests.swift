import CoachStore
import Foundation
import XCTest

/// `coach serve` start-up: what it says about secrets and the state directory, and how it logs users (issue 11).
final class ServeSecurityEndToEndTests: XCTestCase {
    var stateDirectory: URL!

    override func setUp() {
        stateDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("coach-serve-\(UUID().uuidString)")
    }

    override func tearDown() { try? FileManager.default.removeItem(at: stateDirectory) }

    func testChannelSecretWithoutAPIKeyClosesTheAPIAndSaysSo() throws {
        let server = try ServerProcess(stateDirectory: stateDirectory, arguments: ["--telegram-secret", "s3cret"])
        XCTAssertEqual(server.request("DELETE", "/v1/sessions/telegram:424242")?.status, 403)
        XCTAssertEqual(server.request("POST", "/v1/messages", body: #"{"user":"u","text":"hi"}"#)?.status, 403)
        server.signal(SIGTERM)
        XCTAssertEqual(server.waitForExit(), 0)
        XCTAssertTrue(server.stderr.contains("coach serve: /v1/messages, /webhooks/rest/webhook and DELETE /v1/sessions/{user} are disabled (403): channel secrets are set but no --api-key\n"), server.stderr)
        XCTAssertTrue(server.stderr.contains("coach serve: /telegram needs X-Telegram-Bot-Api-Secret-Token (--telegram-secret)\n"), server.stderr)
    }

    func testLoggedUsersAreTheStoresKeyedPseudonymAndTheDirectoryIsTightened() throws {
        try FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let server = try ServerProcess(stateDirectory: stateDirectory, arguments: ["--log-messages"])
        XCTAssertEqual(server.request("POST", "/v1/messages", body: #"{"user":"+15551234567","text":"hello there"}"#)?.status, 200)
        server.signal(SIGTERM)
        XCTAssertEqual(server.waitForExit(), 0)
        let mode = (try FileManager.default.attributesOfItem(atPath: stateDirectory.path)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o700)
        XCTAssertTrue(server.stderr.contains("coach serve: session store: tightened \(stateDirectory.standardizedFileURL.path) from mode 0755 to 0700 (sessions are private)\n"), server.stderr)
        let store = try FileSessionStore(directory: stateDirectory)
        defer { try? store.close() }
        let pseudonym = store.pseudonym(for: "api:+15551234567")
        XCTAssertEqual(pseudonym.count, 16)
        XCTAssertTrue(server.stderr.contains(#""user":"\#(pseudonym)","text":"hello there"}"#), server.stderr)
        XCTAssertFalse(server.stderr.contains("15551234567"))
    }
}
