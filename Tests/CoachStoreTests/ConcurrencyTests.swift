import Foundation
import XCTest
@testable import CoachStore

final class ConcurrencyTests: XCTestCase {
    /// 8 threads × 500 saves; every final value is there after a reopen.
    func testConcurrentSavesAllSurviveReopen() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        let threads = 8, savesPerThread = 500
        onThreads(threads) { thread in
            for i in 0..<savesPerThread {
                // Each thread owns 50 users and saves each of them 10 times.
                let user = "t\(thread)-u\(i % 50)"
                expectNoThrow { try store.save(user, Data(utf8: "\(user) turn \(i / 50)")) }
                if i % 7 == 0 { _ = store.load(user) }
            }
        }
        XCTAssertEqual(store.count, threads * 50)
        XCTAssertLessThanOrEqual(store.flushCount, threads * savesPerThread)
        try store.close()

        let reopened = try FileSessionStore(directory: directory.url)
        XCTAssertEqual(reopened.count, threads * 50)
        for thread in 0..<threads {
            for u in 0..<50 {
                let user = "t\(thread)-u\(u)"
                XCTAssertEqual(reopened.load(user), Data(utf8: "\(user) turn 9"), user)
            }
        }
        XCTAssertEqual(reopened.recovery.records, threads * savesPerThread)
        try reopened.close()
    }

    /// While one flush is in progress, the saves that arrive meanwhile all go out in the next single flush.
    func testSavesWaitingDuringAFlushShareTheNextOne() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        let followers = 7
        let firstFlushStarted = DispatchSemaphore(value: 0)
        let releaseFirstFlush = DispatchSemaphore(value: 0)
        var hookCalls = 0
        store.beforeFlush = {
            hookCalls += 1  // only the leader runs this, one at a time
            if hookCalls == 1 {
                firstFlushStarted.signal()
                releaseFirstFlush.wait()
            }
        }
        let leaderDone = DispatchSemaphore(value: 0)
        Thread {
            expectNoThrow { try store.save("leader", Data(utf8: "0")) }
            leaderDone.signal()
        }.start()
        firstFlushStarted.wait()
        let done = DispatchGroup()
        done.enter()
        Thread {
            onThreads(followers) { i in expectNoThrow { try store.save("f\(i)", Data(utf8: "\(i)")) } }
            done.leave()
        }.start()
        while store.queuedRecordCount < followers { usleep(1_000) }  // wait for all 7 to queue; nothing is timed
        releaseFirstFlush.signal()
        done.wait()
        leaderDone.wait()
        XCTAssertEqual(store.flushCount, 2)
        XCTAssertEqual(store.count, 1 + followers)
        try store.close()
    }
}
