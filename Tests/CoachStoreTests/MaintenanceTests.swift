import Foundation
import XCTest
@testable import CoachStore

/// Compactions the store starts by itself. These wait (polling, up to a generous limit) for background
/// work; nothing is timed.
final class MaintenanceTests: XCTestCase {
    /// Polls `condition` every 10 ms for up to `seconds`.
    private func eventually(_ seconds: Double = 20, _ condition: () -> Bool) -> Bool {
        for _ in 0..<Int(seconds * 100) {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    func testBloatedLogIsCompactedInTheBackground() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        let payload = 30_000
        for turn in 1...40 { try store.save("a", Data(repeating: UInt8(turn), count: payload)) }  // 1.2 MB, 30 KB live
        // 40 records (1.2 MB) would exceed the 1 MiB floor: a smaller log means a compaction ran,
        // once the log passed 1 MiB; the first turns are gone from disk.
        XCTAssertTrue(eventually { fileSize(logURL(directory.url)) < FileSessionStore.bloatMinimumLogSize })
        XCTAssertFalse(directoryContains(directory.url, Data(repeating: 1, count: payload)))
        XCTAssertTrue(directoryContains(directory.url, Data(repeating: 40, count: payload)))
        XCTAssertEqual(store.load("a"), Data(repeating: 40, count: payload))
        try store.close()
    }

    func testExpirySweepRemovesExpiredSessionsFromDisk() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let clock = TestClock()
        let store = try FileSessionStore(directory: directory.url, idleExpiry: 4, now: clock.now)  // sweeps every second
        try store.save("old", Data(utf8: "EXPIRING-SOON"))
        try store.save("young", Data(utf8: "STAYS"))
        clock.advance(days: 3.0 / 86_400)  // 3 seconds
        try store.save("young", Data(utf8: "STAYS"))
        clock.advance(days: 2.0 / 86_400)  // old is 5 s idle, young 2 s
        XCTAssertTrue(eventually { !directoryContains(directory.url, Data(utf8: "EXPIRING-SOON")) })
        XCTAssertEqual(store.load("young"), Data(utf8: "STAYS"))
        XCTAssertEqual(store.count, 1)
        try store.close()
    }
}
