import Foundation
import XCTest
@testable import CoachStore

/// Opening a log that a crash or a disk left damaged.
final class RecoveryTests: XCTestCase {
    /// Saves a "11", b "22", c "33" (58 bytes each) and closes.
    private func makeLog(in directory: TemporaryDirectory) throws {
        let store = try FileSessionStore(directory: directory.url)
        for (user, text) in [("a", "11"), ("b", "22"), ("c", "33")] { try store.save(user, Data(utf8: text)) }
        try store.close()
    }

    struct Case {
        let name: String
        let damage: (URL) throws -> Void
        let expected: [String: String?]
        /// The log's size right after reopening.
        let sizeAfterOpen: Int
    }

    func testReopeningDamagedLogs() throws {
        let record = recordSize(payload: 2)  // 58
        let cases: [Case] = [
            Case(name: "torn tail is truncated",
                 damage: { url in try FileHandle(forWritingTo: url).truncate(atOffset: UInt64(2 * record + 30)) },
                 expected: ["a": "11", "b": "22", "c": nil], sizeAfterOpen: 2 * record),
            Case(name: "torn header is truncated",
                 damage: { url in try FileHandle(forWritingTo: url).truncate(atOffset: UInt64(2 * record + 3)) },
                 expected: ["a": "11", "b": "22", "c": nil], sizeAfterOpen: 2 * record),
            Case(name: "appended garbage is truncated",
                 damage: { url in try appendBytes(Array("\u{1}garbage\u{FF}".utf8) + [0xFF, 0x41, 0x43, 0x53, 1, 1], to: url) },
                 expected: ["a": "11", "b": "22", "c": "33"], sizeAfterOpen: 3 * record),
            Case(name: "appended zeros are truncated",
                 damage: { url in try appendBytes([UInt8](repeating: 0, count: 4096), to: url) },
                 expected: ["a": "11", "b": "22", "c": "33"], sizeAfterOpen: 3 * record),
            Case(name: "damaged middle record is dropped, the rest kept and compacted",
                 damage: { url in
                     var bytes = try Data(contentsOf: url)
                     bytes[record + 54] ^= 0x01  // b's payload
                     try bytes.write(to: url)
                 },
                 expected: ["a": "11", "b": nil, "c": "33"], sizeAfterOpen: 2 * record),
            Case(name: "whole file is garbage",
                 damage: { url in try Data(repeating: 0x5A, count: 500).write(to: url) },
                 expected: ["a": nil, "b": nil, "c": nil], sizeAfterOpen: 0),
        ]
        for c in cases {
            let directory = TemporaryDirectory()
            defer { directory.cleanUp() }
            try makeLog(in: directory)
            try c.damage(logURL(directory.url))
            let store = try FileSessionStore(directory: directory.url)
            XCTAssertEqual(fileSize(logURL(directory.url)), c.sizeAfterOpen, "\(c.name): size")
            for (user, text) in c.expected {
                XCTAssertEqual(store.load(user), text.map { Data(utf8: $0) }, "\(c.name): load(\(user))")
            }
            // Later saves land after the intact records and survive another reopen.
            try store.save("d", Data(utf8: "44"))
            try store.close()
            let reopened = try FileSessionStore(directory: directory.url)
            XCTAssertEqual(reopened.load("d"), Data(utf8: "44"), "\(c.name): save after recovery")
            XCTAssertEqual(reopened.recovery.skippedBytes, 0, "\(c.name): clean after recovery")
            XCTAssertEqual(fileSize(logURL(directory.url)), c.sizeAfterOpen + record, "\(c.name): size after save")
            try reopened.close()
        }
    }

    /// A compaction interrupted before its rename leaves a temporary file, which the next open removes.
    func testLeftoverCompactionFileIsRemoved() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        try makeLog(in: directory)
        let leftover = directory.url.appendingPathComponent("sessions.log.compacting")
        try Data(utf8: "half-written secret").write(to: leftover)
        let store = try FileSessionStore(directory: directory.url)
        XCTAssertEqual(fileNames(in: directory.url), ["key", "lock", "sessions.log"])
        XCTAssertEqual(store.load("c"), Data(utf8: "33"))
        try store.close()
    }
}
