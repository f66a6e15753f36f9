import Foundation
import XCTest
@testable import CoachStore

/// Erasure must leave none of the user's bytes in the store's files.
final class EraseTests: XCTestCase {
    func testErasedPayloadLeavesTheFilesWhenEraseReturns() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        let secrets = (1...3).map { Data(utf8: "SECRET-TURN-\($0)-about-an-incident") }
        for secret in secrets { try store.save("victim", secret) }
        try store.save("bystander", Data(utf8: "KEEP-ME"))
        XCTAssertTrue(directoryContains(directory.url, secrets[0]), "precondition: bytes are on disk")

        try store.erase("victim")

        for (index, secret) in secrets.enumerated() {
            XCTAssertFalse(directoryContains(directory.url, secret), "version \(index + 1) still on disk")
        }
        XCTAssertTrue(directoryContains(directory.url, Data(utf8: "KEEP-ME")))
        XCTAssertNil(store.load("victim"))
        try store.close()

        let reopened = try FileSessionStore(directory: directory.url)
        XCTAssertNil(reopened.load("victim"))
        XCTAssertEqual(reopened.load("bystander"), Data(utf8: "KEEP-ME"))
        XCTAssertEqual(reopened.count, 1)
        try reopened.close()
    }

    func testRawUserIdIsNeverWritten() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        try store.save("user-id-+15551234567", Data(utf8: "{}"))
        try store.erase("user-id-+15551234567")
        try store.save("user-id-+15557654321", Data(utf8: "{}"))
        try store.close()
        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "user-id-")))
    }

    /// An erase whose compaction never ran (a crash right after the tombstone) is finished on the next open.
    func testTombstoneLeftByACrashIsCompactedOnOpen() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        var log: [UInt8] = []
        let key = SessionKey(user: "victim")
        let now = millis(Date())
        LogRecord.append(kind: .put, key: key, time: now, payload: Array("SECRET".utf8), to: &log)
        LogRecord.append(kind: .put, key: SessionKey(user: "other"), time: now, payload: Array("ok".utf8), to: &log)
        LogRecord.append(kind: .erase, key: key, time: now, payload: [UInt8](), to: &log)
        try FileManager.default.createDirectory(at: directory.url, withIntermediateDirectories: true)
        try Data(log).write(to: logURL(directory.url))
        try Data(testSecret).write(to: directory.url.appendingPathComponent("key"))

        let store = try FileSessionStore(directory: directory.url)
        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "SECRET")))
        XCTAssertEqual(fileSize(logURL(directory.url)), recordSize(payload: 2))
        XCTAssertEqual(store.load("other"), Data(utf8: "ok"))
        try store.close()
    }

    func testConcurrentErasuresAndSaves() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        for i in 0..<40 { try store.save("user\(i)", Data(utf8: "SECRET-\(i)-")) }
        onThreads(8) { worker in
            for i in stride(from: worker, to: 40, by: 8) {
                if i % 2 == 0 {
                    expectNoThrow { try store.erase("user\(i)") }
                } else {
                    expectNoThrow { try store.save("user\(i)", Data(utf8: "KEPT-\(i)-")) }
                }
            }
        }
        for i in 0..<40 {
            if i % 2 == 0 {
                XCTAssertFalse(directoryContains(directory.url, Data(utf8: "SECRET-\(i)-")), "user\(i)")
            }
            XCTAssertEqual(store.load("user\(i)"), i % 2 == 0 ? nil : Data(utf8: "KEPT-\(i)-"), "user\(i)")
        }
        XCTAssertEqual(store.count, 20)
        try store.close()
    }
}
