import XCTest
@testable import CoachStore

final class MaintenancePolicyTests: XCTestCase {
    func testBloat() {
        let mib = 1 << 20
        let cases: [(name: String, logSize: Int, liveBytes: Int, bloated: Bool)] = [
            ("small log never", mib, 0, false),
            ("big but mostly live", 10 * mib, 3 * mib, false),
            ("exactly four times live", 8 * mib, 2 * mib, false),
            ("over four times live", 8 * mib + 1, 2 * mib, true),
            ("all dead", mib + 1, 0, true),
        ]
        for c in cases {
            XCTAssertEqual(FileSessionStore.isBloated(logSize: c.logSize, liveBytes: c.liveBytes), c.bloated, c.name)
        }
    }

    func testSweepInterval() {
        let cases: [(name: String, expiryMillis: Int64, seconds: Double)] = [
            ("30 days: hourly", 30 * 24 * 3_600_000, 3600),
            ("1 hour: every 15 minutes", 3_600_000, 900),
            ("2 seconds: at least a second", 2_000, 1),
            ("zero", 0, 1),
        ]
        for c in cases {
            XCTAssertEqual(FileSessionStore.sweepInterval(idleExpiryMillis: c.expiryMillis), c.seconds, c.name)
        }
    }
}
