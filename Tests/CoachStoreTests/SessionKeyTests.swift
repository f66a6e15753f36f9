import CoachCrypto
import Foundation
import XCTest
@testable import CoachStore

final class SessionKeyTests: XCTestCase {
    func testKeyIsHMACSHA256OfUserIdUnderTheStoreSecret() {
        let cases: [(user: String, hex: String)] = [
            ("alice", "99db77b0762df8b1c0373451dc06e834b3daa4d438c21378fa5c6337fa5abb32"),
            ("../../etc/passwd", "917434c8c0b95b638c8ac8d50892a7ba9332d737af8717882c0de00d4b4a679b"),
        ]
        for c in cases {
            XCTAssertEqual(SessionKey(user: c.user).bytes.hexString, c.hex, c.user)
        }
    }

    func testEqualityAndHashingFollowTheDigest() {
        let keys: Set<SessionKey> = [SessionKey(user: "a"), SessionKey(user: "a"), SessionKey(user: "b")]
        XCTAssertEqual(keys.count, 2)
        let roundTripped = SessionKey(user: "a").bytes.withUnsafeBytes { SessionKey(bytes: $0) }
        XCTAssertEqual(roundTripped, SessionKey(user: "a"))
        XCTAssertNotEqual(SessionKey(user: "a", secret: [UInt8](repeating: 1, count: 32)), SessionKey(user: "a"), "another store, another key")
    }

    func testEachStoreDrawsAndKeepsItsOwnSecret() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        try store.save("alice", Data("x".utf8))
        try store.close()
        let keyPath = directory.url.appendingPathComponent("key").path
        let attributes = try FileManager.default.attributesOfItem(atPath: keyPath)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(FileManager.default.contents(atPath: keyPath)?.count, 32)
        let reopened = try FileSessionStore(directory: directory.url)
        XCTAssertEqual(reopened.load("alice"), Data("x".utf8))
        try reopened.close()
    }
}
