import Foundation
import XCTest
@testable import CoachStore

final class LogReplayTests: XCTestCase {
    static let a = SessionKey(user: "a")
    static let b = SessionKey(user: "b")

    /// Three records: put a "1" (58 bytes), put b "22" (58+1), erase a (56).
    static func sampleLog() -> [UInt8] {
        var log: [UInt8] = []
        LogRecord.append(kind: .put, key: a, time: 1_000, payload: Array("1".utf8), to: &log)
        LogRecord.append(kind: .put, key: b, time: 2_000, payload: Array("22".utf8), to: &log)
        LogRecord.append(kind: .erase, key: a, time: 3_000, payload: [UInt8](), to: &log)
        return log
    }

    struct Case {
        let name: String
        let bytes: [UInt8]
        var cutoff: Int64 = 0
        let live: [SessionKey: String]
        let dead: Set<SessionKey>
        let validEnd: Int
        let skipped: Int
    }

    func testReplay() {
        let log = Self.sampleLog()  // 57 + 58 + 56 = 171 bytes
        var middleDamaged = log
        middleDamaged[57 + 20] ^= 0xFF  // inside b's key
        let cases: [Case] = [
            Case(name: "empty file", bytes: [], live: [:], dead: [], validEnd: 0, skipped: 0),
            Case(name: "intact", bytes: log, live: [Self.b: "22"], dead: [Self.a], validEnd: 171, skipped: 0),
            Case(name: "torn last record", bytes: Array(log.prefix(150)),
                 live: [Self.a: "1", Self.b: "22"], dead: [], validEnd: 115, skipped: 0),
            Case(name: "torn second record", bytes: Array(log.prefix(60)),
                 live: [Self.a: "1"], dead: [], validEnd: 57, skipped: 0),
            Case(name: "garbage appended", bytes: log + [0xFF, 0x41, 0x43, 0x53, 1, 2, 3] + Array("junk".utf8),
                 live: [Self.b: "22"], dead: [Self.a], validEnd: 171, skipped: 0),
            Case(name: "damaged middle record is skipped", bytes: middleDamaged,
                 live: [:], dead: [Self.a], validEnd: 171, skipped: 58),
            Case(name: "garbage before the first record", bytes: Array("xyz".utf8) + log,
                 live: [Self.b: "22"], dead: [Self.a], validEnd: 174, skipped: 3),
            Case(name: "only garbage", bytes: Array("not a log".utf8), live: [:], dead: [], validEnd: 0, skipped: 0),
            Case(name: "expired sessions are dead", bytes: log, cutoff: 2_001,
                 live: [:], dead: [Self.a, Self.b], validEnd: 171, skipped: 0),
        ]
        for c in cases {
            let result = LogReplay.replay(c.bytes, expiryCutoff: c.cutoff)
            XCTAssertEqual(result.entries.mapValues { String(decoding: $0.data, as: UTF8.self) }, c.live, c.name)
            XCTAssertEqual(result.dead, c.dead, c.name)
            XCTAssertEqual(result.stats.validEnd, c.validEnd, c.name)
            XCTAssertEqual(result.stats.truncatedBytes, c.bytes.count - c.validEnd, c.name)
            XCTAssertEqual(result.stats.skippedBytes, c.skipped, c.name)
        }
    }
}
