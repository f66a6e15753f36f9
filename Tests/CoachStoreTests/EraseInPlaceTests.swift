import Foundation
import XCTest
@testable import CoachStore

/// Erasure costs about two turns and never rewrites the store (issue 11, defect 1).
final class EraseInPlaceTests: XCTestCase {
    /// The inode of a file: a compaction renames a new file over the log, so it changes.
    private func inode(_ url: URL) -> UInt64 {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    func testEraseVoidsTheUsersRecordsInPlaceAndWritesOnlyItsOwnRecord() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        for i in 0..<2_000 { try store.save("user\(i)", Data(utf8: "KEEP-\(i)-padding-padding-padding")) }
        for turn in 1...3 { try store.save("victim", Data(utf8: "SECRET-\(turn)-he-has-a-knife")) }
        let log = logURL(directory.url)
        let (sizeBefore, inodeBefore, flushesBefore) = (fileSize(log), inode(log), store.flushCount)

        try store.erase("victim")

        XCTAssertEqual(fileSize(log), sizeBefore + LogRecord.overhead, "only the erase record is appended")
        XCTAssertEqual(inode(log), inodeBefore, "the log was not rewritten")
        XCTAssertEqual(store.flushCount - flushesBefore, 2, "one commit for the erase record, one sync for the voids")
        for turn in 1...3 { XCTAssertFalse(directoryContains(directory.url, Data(utf8: "SECRET-\(turn)-"))) }
        XCTAssertNil(store.load("victim"))
        XCTAssertEqual(store.count, 2_000)
        XCTAssertTrue(store.records.locations(of: SessionKey(user: "victim", secret: store.secret)).isEmpty)
        try store.close()

        // Every byte of the victim's records, the erase record included, is now a void record.
        let bytes = try [UInt8](Data(contentsOf: log))
        let replay = LogReplay.replay(bytes, expiryCutoff: 0)
        XCTAssertEqual(replay.stats.validEnd, bytes.count)
        XCTAssertEqual(replay.dead, [], "no erase record and no payload of the victim is left to compact")
        XCTAssertEqual(replay.entries.count, 2_000)
        let reopened = try FileSessionStore(directory: directory.url)
        XCTAssertEqual(inode(log), inodeBefore, "nothing was left for the open to compact")
        XCTAssertNil(reopened.load("victim"))
        XCTAssertEqual(reopened.load("user7"), Data(utf8: "KEEP-7-padding-padding-padding"))
        try reopened.close()
    }

    /// A save for the same user right after the erase is kept: only records older than the erase are voided.
    func testASaveAfterTheEraseIsKept() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        try store.save("u", Data(utf8: "OLD-STATE"))
        try store.erase("u")
        try store.save("u", Data(utf8: "NEW-STATE"))
        try store.erase("nobody")
        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "OLD-STATE")))
        try store.close()
        let reopened = try FileSessionStore(directory: directory.url)
        XCTAssertEqual(reopened.load("u"), Data(utf8: "NEW-STATE"))
        try reopened.close()
    }

    /// An erasure after a compaction voids the user's record in the new file (located by the compaction).
    func testEraseAfterACompactionVoidsTheCompactedRecord() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        try store.save("victim", Data(utf8: "SECRET-A"))
        try store.save("other", Data(utf8: "o1"))
        try store.compact()
        let inodeBefore = inode(logURL(directory.url))
        try store.erase("victim")
        XCTAssertEqual(inode(logURL(directory.url)), inodeBefore)
        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "SECRET-A")))
        XCTAssertEqual(store.load("other"), Data(utf8: "o1"))
        try store.close()
    }

    /// A crash after the erase record is durable but before the voids: the open finds the erase and compacts.
    func testEraseRecordAloneAfterACrashIsHonoured() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        try store.save("victim", Data(utf8: "SECRET-C"))
        try store.close()
        let key = SessionKey(user: "victim", secret: try [UInt8](Data(contentsOf: directory.url.appendingPathComponent("key"))))
        var tombstone: [UInt8] = []
        LogRecord.append(kind: .erase, key: key, time: millis(Date()), payload: [UInt8](), to: &tombstone)
        try appendBytes(tombstone, to: logURL(directory.url))
        let reopened = try FileSessionStore(directory: directory.url)
        XCTAssertNil(reopened.load("victim"))
        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "SECRET-C")))
        try reopened.close()
    }
}
