import Foundation
import XCTest
@testable import CoachStore

/// Scenarios of saves, erasures, reopenings and compactions, each with the exact state expected after.
final class FileSessionStoreTests: XCTestCase {
    enum Step {
        case save(String, String)
        case erase(String)
        case reopen
        case compact
    }

    struct Case {
        let name: String
        let steps: [Step]
        /// Expected `load` results (nil: nothing stored).
        let expected: [String: String?]
        let count: Int
    }

    static let cases: [Case] = [
        Case(name: "empty store", steps: [], expected: ["a": nil], count: 0),
        Case(name: "save then load", steps: [.save("a", "1")], expected: ["a": "1"], count: 1),
        Case(name: "last save wins", steps: [.save("a", "1"), .save("a", "2")], expected: ["a": "2"], count: 1),
        Case(name: "users are separate", steps: [.save("a", "1"), .save("b", "2")],
             expected: ["a": "1", "b": "2", "c": nil], count: 2),
        Case(name: "erase", steps: [.save("a", "1"), .save("b", "2"), .erase("a")],
             expected: ["a": nil, "b": "2"], count: 1),
        Case(name: "erase unknown user", steps: [.erase("nobody")], expected: ["nobody": nil], count: 0),
        Case(name: "save after erase", steps: [.save("a", "1"), .erase("a"), .save("a", "3")],
             expected: ["a": "3"], count: 1),
        Case(name: "persists across reopen", steps: [.save("a", "1"), .save("b", "2"), .reopen],
             expected: ["a": "1", "b": "2"], count: 2),
        Case(name: "erase persists across reopen", steps: [.save("a", "1"), .erase("a"), .reopen],
             expected: ["a": nil], count: 0),
        Case(name: "compaction keeps live sessions", steps: [.save("a", "1"), .save("a", "2"), .save("b", "3"),
                                                             .erase("b"), .compact, .reopen],
             expected: ["a": "2", "b": nil], count: 1),
        Case(name: "empty payload and odd user ids", steps: [.save("", ""), .save("ü/../\u{0}", "x"), .reopen],
             expected: ["": "", "ü/../\u{0}": "x"], count: 2),
    ]

    func testScenarios() throws {
        for c in Self.cases {
            let directory = TemporaryDirectory()
            defer { directory.cleanUp() }
            var store = try FileSessionStore(directory: directory.url)
            for step in c.steps {
                switch step {
                case .save(let user, let text): try store.save(user, Data(utf8: text))
                case .erase(let user): try store.erase(user)
                case .compact: try store.compact()
                case .reopen:
                    try store.close()
                    store = try FileSessionStore(directory: directory.url)
                }
            }
            for (user, text) in c.expected {
                XCTAssertEqual(store.load(user), text.map { Data(utf8: $0) }, "\(c.name): load(\(user))")
            }
            XCTAssertEqual(store.count, c.count, "\(c.name): count")
            try store.close()
        }
    }

    /// Compaction leaves exactly one record per live session.
    func testCompactionShrinksTheLogToTheLiveRecords() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        for turn in 0..<10 { try store.save("a", Data(utf8: "turn \(turn)")) }  // 6 bytes each
        try store.save("b", Data(utf8: "bb"))
        XCTAssertEqual(fileSize(logURL(directory.url)), 10 * recordSize(payload: 6) + recordSize(payload: 2))
        try store.compact()
        XCTAssertEqual(fileSize(logURL(directory.url)), recordSize(payload: 6) + recordSize(payload: 2))
        try store.save("c", Data(utf8: "ccc"))
        XCTAssertEqual(fileSize(logURL(directory.url)), recordSize(payload: 6) + recordSize(payload: 2) + recordSize(payload: 3))
        try store.close()
        let reopened = try FileSessionStore(directory: directory.url)
        XCTAssertEqual(reopened.load("a"), Data(utf8: "turn 9"))
        XCTAssertEqual(reopened.load("c"), Data(utf8: "ccc"))
        try reopened.close()
    }

    func testClosedStoreRefusesWrites() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        try store.save("a", Data(utf8: "1"))
        try store.close()
        try store.close()  // harmless
        XCTAssertThrowsError(try store.save("a", Data(utf8: "2"))) { error in
            XCTAssertEqual("\(error)", "session store: \(directory.url.path) is closed")
        }
        XCTAssertThrowsError(try store.erase("a"))
        XCTAssertThrowsError(try store.compact())
        XCTAssertNil(store.load("a"))
    }

    func testOversizedSessionIsRefused() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.url)
        defer { try? store.close() }
        XCTAssertThrowsError(try store.save("a", Data(count: LogRecord.maxPayload + 1))) { error in
            XCTAssertEqual("\(error)", "session store: a session of 16777217 bytes exceeds the limit of 16777216")
        }
        XCTAssertEqual(store.count, 0)
    }
}
