import Foundation
import XCTest
@testable import CoachStore

final class CompactionStressTests: XCTestCase {
    /// Saves and erasures from 6 threads while another thread compacts over and over: afterwards (and after
    /// a reopen) every user holds exactly its last value, and no erased user's bytes are on disk.
    func testCompactionsRacingWithSavesAndErasures() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        let writers = 6, users = 20, rounds = 15
        let stop = DispatchSemaphore(value: 0)
        let compactor = DispatchSemaphore(value: 0)
        Thread {
            while stop.wait(timeout: .now()) == .timedOut { expectNoThrow { try store.compact() } }
            compactor.signal()
        }.start()
        onThreads(writers) { writer in
            for round in 0..<rounds {
                for u in 0..<users {
                    let user = "w\(writer)-u\(u)"
                    expectNoThrow { try store.save(user, Data(utf8: "<\(user) round \(round)>")) }
                    if (u + round) % 5 == 0 {
                        expectNoThrow { try store.erase(user) }
                        // Only this thread writes this user, so no file may hold its bytes now.
                        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "<\(user) round ")), "\(user) \(round)")
                    }
                }
            }
        }
        stop.signal()
        compactor.wait()

        func expected(_ writer: Int, _ u: Int) -> Data? {
            let last = rounds - 1
            return (u + last) % 5 == 0 ? nil : Data(utf8: "<w\(writer)-u\(u) round \(last)>")
        }
        func check(_ store: FileSessionStore, _ label: String) {
            for writer in 0..<writers {
                for u in 0..<users {
                    XCTAssertEqual(store.load("w\(writer)-u\(u)"), expected(writer, u), "\(label) w\(writer)-u\(u)")
                    if expected(writer, u) == nil {
                        XCTAssertFalse(directoryContains(directory.url, Data(utf8: "<w\(writer)-u\(u) round ")),
                                       "\(label): erased w\(writer)-u\(u) still on disk")
                    }
                }
            }
        }
        check(store, "live")
        try store.close()
        let reopened = try FileSessionStore(directory: directory.url)
        check(reopened, "reopened")
        XCTAssertEqual(reopened.recovery.skippedBytes, 0)
        try reopened.close()
    }
}
