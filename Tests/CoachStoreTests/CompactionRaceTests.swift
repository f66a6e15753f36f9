import Foundation
import XCTest
@testable import CoachStore

/// Changes made at the two delicate moments of a compaction, pinned with the `duringCompaction` hook.
final class CompactionRaceTests: XCTestCase {
    /// Runs `store.compact()` on its own thread, calling `atStep` when the compaction reaches `step`.
    private func compact(_ store: FileSessionStore, at step: FileSessionStore.CompactionStep, _ atStep: @escaping () -> Void) {
        var fired = false
        store.duringCompaction = { current in
            if current == step && !fired {
                fired = true
                atStep()
            }
        }
        let done = DispatchSemaphore(value: 0)
        Thread {
            expectNoThrow { try store.compact() }
            done.signal()
        }.start()
        done.wait()
        store.duringCompaction = nil
    }

    /// Starts `body` on a thread; returns a semaphore signalled when it ends.
    private func background(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        Thread {
            body()
            done.signal()
        }.start()
        return done
    }

    func testSavesWhileCopyingSurvive() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        try store.save("a", Data(utf8: "a1"))
        compact(store, at: .snapshotWritten) {
            expectNoThrow { try store.save("a", Data(utf8: "a2")) }
            expectNoThrow { try store.save("new", Data(utf8: "n1")) }
        }
        try store.close()
        let reopened = try FileSessionStore(directory: directory.url)
        XCTAssertEqual(reopened.load("a"), Data(utf8: "a2"))
        XCTAssertEqual(reopened.load("new"), Data(utf8: "n1"))
        try reopened.close()
    }

    /// An erasure during the copy is scrubbed from the new file by the same compaction.
    func testEraseWhileCopyingIsScrubbed() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        try store.save("victim", Data(utf8: "SECRET-V"))
        try store.save("other", Data(utf8: "o1"))
        var erased: DispatchSemaphore?
        compact(store, at: .snapshotWritten) {
            erased = self.background { expectNoThrow { try store.erase("victim") } }
            while store.load("victim") != nil { usleep(1_000) }  // removed from memory; tombstone on its way
        }
        erased?.wait()
        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "SECRET-V")))
        XCTAssertEqual(store.load("other"), Data(utf8: "o1"))
        try store.close()
    }

    /// A save queued while the compaction owns the log is written to the new file afterwards.
    func testSaveWhileFinishingLandsInTheNewLog() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        try store.save("a", Data(utf8: "a1"))
        var saved: DispatchSemaphore?
        compact(store, at: .finishing) {
            saved = self.background { expectNoThrow { try store.save("a", Data(utf8: "a2")) } }
            while store.queuedRecordCount < 1 { usleep(1_000) }
        }
        saved?.wait()
        XCTAssertEqual(fileSize(logURL(directory.url)), 2 * recordSize(payload: 2))
        try store.close()
        let reopened = try FileSessionStore(directory: directory.url)
        XCTAssertEqual(reopened.load("a"), Data(utf8: "a2"))
        try reopened.close()
    }

    /// A key that was already dead at the snapshot (expired, then saved again) and is erased while the
    /// compaction finishes: its new bytes are in the new file, so the erase voids them there once the file is the log.
    func testEraseWhileFinishingVoidsTheRecordInTheNewLog() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let clock = TestClock()
        let store = try FileSessionStore(directory: directory.url, idleExpiry: 24 * 3600, now: clock.now)
        try store.save("victim", Data(utf8: "OLD-V"))
        clock.advance(days: 2)
        XCTAssertNil(store.load("victim"))  // expired: dead on disk
        try store.save("victim", Data(utf8: "NEW-V"))
        var erased: DispatchSemaphore?
        compact(store, at: .finishing) {
            erased = self.background { expectNoThrow { try store.erase("victim") } }
            while store.queuedRecordCount < 1 { usleep(1_000) }
        }
        erased?.wait()
        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "NEW-V")))
        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "OLD-V")))
        try store.close()
    }
}
