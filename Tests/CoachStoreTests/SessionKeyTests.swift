import CoachCrypto
import XCTest
@testable import CoachStore

final class SessionKeyTests: XCTestCase {
    func testKeyIsSHA256OfUserId() {
        let cases: [(user: String, hex: String)] = [
            ("alice", "2bd806c97f0e00af1a1fc3328fa763a9269723c8db8fac4f93af71db186d6e90"),
            ("../../etc/passwd", "3754d6cb3a38e1185e5b382d5f3ef3f118af75bf4bf0254d1fdb8437f51423e0"),
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
    }
}
