import Foundation
import XCTest
@testable import CoachStore

final class ExpiryTests: XCTestCase {
    func testIdleSessionsExpire() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let clock = TestClock()
        let store = try FileSessionStore(directory: directory.url, idleExpiry: 30 * 24 * 3600, now: clock.now)
        try store.save("old", Data(utf8: "OLD-SESSION"))
        clock.advance(days: 20)
        try store.save("recent", Data(utf8: "RECENT"))

        let steps: [(name: String, advanceDays: Double, old: String?, recent: String?, count: Int)] = [
            ("day 20", 0, "OLD-SESSION", "RECENT", 2),
            ("day 29.9", 9.9, "OLD-SESSION", "RECENT", 2),
            ("day 30.1: old idle too long", 0.2, nil, "RECENT", 1),
            ("day 50.1: recent expired too", 20, nil, nil, 0),
        ]
        for step in steps {
            clock.advance(days: step.advanceDays)
            XCTAssertEqual(store.load("old"), step.old.map { Data(utf8: $0) }, step.name)
            XCTAssertEqual(store.load("recent"), step.recent.map { Data(utf8: $0) }, step.name)
            XCTAssertEqual(store.count, step.count, step.name)
        }
        try store.compact()
        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "OLD-SESSION")))
        XCTAssertEqual(fileSize(logURL(directory.url)), 0)
        try store.close()
    }

    func testExpiredSessionsStayGoneAfterReopen() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let clock = TestClock()
        let store = try FileSessionStore(directory: directory.url, idleExpiry: 3600, now: clock.now)
        try store.save("old", Data(utf8: "OLD-SESSION"))
        clock.advance(days: 1.0 / 48)  // 30 minutes
        try store.save("recent", Data(utf8: "RECENT"))
        try store.close()

        clock.advance(days: 1.0 / 32)  // 45 minutes: old is 75 minutes idle, recent 45
        let reopened = try FileSessionStore(directory: directory.url, idleExpiry: 3600, now: clock.now)
        XCTAssertNil(reopened.load("old"))
        XCTAssertEqual(reopened.load("recent"), Data(utf8: "RECENT"))
        XCTAssertEqual(reopened.count, 1)
        // The open found an expired session on disk and compacted it away.
        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "OLD-SESSION")))
        try reopened.close()
    }

    /// A later save resets the idle time.
    func testSavingKeepsASessionAlive() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let clock = TestClock()
        let store = try FileSessionStore(directory: directory.url, idleExpiry: 10 * 24 * 3600, now: clock.now)
        for turn in 0..<5 {
            try store.save("a", Data(utf8: "turn \(turn)"))
            clock.advance(days: 9)
        }
        XCTAssertEqual(store.load("a"), Data(utf8: "turn 4"))
        try store.close()
    }
}
