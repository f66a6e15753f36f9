import Foundation
import XCTest
import CoachStore

/// An existing state directory open to others is tightened to 0700, and the store says so (issue 11, defect 13).
final class DirectoryModeTests: XCTestCase {
    private func mode(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func testExistingDirectoryIsTightenedAndReported() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let cases: [(name: String, mode: Int, note: String?)] = [
            ("0755 is tightened", 0o755, "session store: tightened \(directory.url.standardizedFileURL.path) from mode 0755 to 0700 (sessions are private)"),
            ("0710 is tightened", 0o710, "session store: tightened \(directory.url.standardizedFileURL.path) from mode 0710 to 0700 (sessions are private)"),
            ("0700 is left alone", 0o700, nil),
        ]
        for c in cases {
            try FileManager.default.createDirectory(at: directory.url, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: c.mode], ofItemAtPath: directory.url.path)
            let store = try FileSessionStore(directory: directory.url)
            XCTAssertEqual(mode(directory.url), 0o700, c.name)
            XCTAssertEqual(store.openingNotes, c.note.map { [$0] } ?? [], c.name)
            try store.close()
        }
    }

    func testNewDirectoryIsCreatedOwnerOnlyWithoutANote() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanUp() }
        let store = try FileSessionStore(directory: directory.child("state"))
        XCTAssertEqual(mode(directory.child("state")), 0o700)
        XCTAssertEqual(store.openingNotes, [])
        try store.close()
    }
}
