import CoachStore
import Foundation
import Synchronization
import XCTest

/// The one-process ledger: a delivery answered within the window is answered again with the same reply and not run.
final class LocalTurnLedgerTests: XCTestCase {
    func testARepeatedDeliveryGetsTheSameReplyUntilTheWindowEnds() throws {
        let clock = Mutex(Date(timeIntervalSince1970: 1_700_000_000))
        let ledger = LocalTurnLedger(deliveries: MemorySessionStore(), window: 60, now: { clock.withLock { $0 } })
        var runs = 0
        let turn = { () throws -> Data in
            runs += 1
            return Data("reply \(runs)".utf8)
        }
        XCTAssertEqual(try ledger.once(user: "telegram:1", delivery: "telegram:update:5", turn), Data("reply 1".utf8))
        clock.withLock { $0 += 59 }
        XCTAssertEqual(try ledger.once(user: "telegram:1", delivery: "telegram:update:5", turn), Data("reply 1".utf8))
        XCTAssertEqual(try ledger.once(user: "telegram:1", delivery: "telegram:update:6", turn), Data("reply 2".utf8))
        XCTAssertEqual(try ledger.once(user: "telegram:1", delivery: nil, turn), Data("reply 3".utf8))
        XCTAssertEqual(try ledger.once(user: "telegram:1", delivery: nil, turn), Data("reply 4".utf8))
        clock.withLock { $0 += 2 }
        XCTAssertEqual(try ledger.once(user: "telegram:1", delivery: "telegram:update:5", turn), Data("reply 5".utf8), "forgotten after the window")
        XCTAssertEqual(runs, 5)
    }

    func testAFailedTurnIsNotRemembered() throws {
        let ledger = LocalTurnLedger(deliveries: MemorySessionStore())
        struct Boom: Error {}
        XCTAssertThrowsError(try ledger.once(user: "twilio:+1", delivery: "twilio:message:SM1") { throw Boom() })
        XCTAssertEqual(try ledger.once(user: "twilio:+1", delivery: "twilio:message:SM1") { Data("ok".utf8) }, Data("ok".utf8))
    }

    func testRememberedRepliesSurviveARestartOfTheFileStore() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var store = try FileSessionStore(directory: directory)
        XCTAssertEqual(try LocalTurnLedger(deliveries: store).once(user: "u", delivery: "d") { Data("first".utf8) }, Data("first".utf8))
        try store.close()
        store = try FileSessionStore(directory: directory)
        defer { try? store.close() }
        XCTAssertEqual(try LocalTurnLedger(deliveries: store).once(user: "u", delivery: "d") { Data("second".utf8) }, Data("first".utf8))
    }
}
