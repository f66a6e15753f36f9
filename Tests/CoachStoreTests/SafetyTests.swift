import Foundation
import XCTest
@testable import CoachStore

final class SafetyTests: XCTestCase {
    /// No user id, however hostile, creates or touches a file: the directory only ever holds the log and the lock.
    func testUserIdsNeverBecomePaths() throws {
        let root = TemporaryDirectory()
        defer { root.cleanUp() }
        let directory = root.child("a/b/sessions")
        let store = try FileSessionStore(directory: directory)
        let hostile = ["../../etc/passwd", "../escape", "/etc/passwd", "..", ".", "a/b", "sessions.log", "lock",
                       "x\u{0}y", String(repeating: "A", count: 5000), "\\..\\..\\windows"]
        for user in hostile { try store.save(user, Data(utf8: "payload")) }
        try store.erase(hostile[0])
        XCTAssertEqual(fileNames(in: directory), ["key", "lock", "sessions.log"])
        XCTAssertEqual(fileNames(in: root.child("a/b")), ["sessions"])
        XCTAssertEqual(fileNames(in: root.child("a")), ["b"])
        XCTAssertEqual(fileNames(in: root.url), ["a"])
        XCTAssertEqual(store.count, hostile.count - 1)
        try store.close()
    }

    func testSecondStoreOnTheSameDirectoryFailsClearly() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let first = try FileSessionStore(directory: directory.url)
        let path = directory.url.path
        XCTAssertThrowsError(try FileSessionStore(directory: directory.url)) { error in
            XCTAssertEqual("\(error)", "session store: \(path) is already in use by another store "
                + "(another process, or another FileSessionStore in this one, holds \(path)/lock)")
        }
        try first.save("a", Data(utf8: "1"))
        try first.close()
        let second = try FileSessionStore(directory: directory.url)  // the lock was released
        XCTAssertEqual(second.load("a"), Data(utf8: "1"))
        try second.close()
    }

    func testDirectoryIsCreatedOwnerOnly() throws {
        let root = TemporaryDirectory()
        defer { root.cleanUp() }
        let directory = root.child("x/y")
        let store = try FileSessionStore(directory: directory)
        try store.save("a", Data(utf8: "1"))
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
        let log = try FileManager.default.attributesOfItem(atPath: logURL(directory).path)
        XCTAssertEqual((log[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        try store.close()
    }

    func testUnusableDirectoryFailsClearly() throws {
        let root = TemporaryDirectory()
        defer { root.cleanUp() }
        try FileManager.default.createDirectory(at: root.url, withIntermediateDirectories: true)
        let file = root.url.appendingPathComponent("not-a-directory")
        try Data(utf8: "x").write(to: file)
        let cases: [(name: String, directory: URL, message: String)] = [
            ("a file", file, "session store: \(file.path) exists but is not a directory"),
        ]
        for c in cases {
            XCTAssertThrowsError(try FileSessionStore(directory: c.directory), c.name) { error in
                XCTAssertEqual("\(error)", c.message, c.name)
            }
        }
        XCTAssertThrowsError(try FileSessionStore(directory: file.appendingPathComponent("below"))) { error in
            XCTAssertTrue("\(error)".hasPrefix("session store: cannot create directory \(file.path)/below: "), "\(error)")
        }
    }
}
