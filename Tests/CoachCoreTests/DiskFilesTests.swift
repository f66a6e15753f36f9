import CoachCore
import CoachFiles
import Foundation
import XCTest

/// Files read as text from the page cache: the same text, an empty file, bad UTF-8 reported at its place.
final class DiskFilesTests: XCTestCase {
    func testReadsTextEmptyFilesAndReportsBadUTF8() throws {
        let folder = NSTemporaryDirectory() + "coach-disk-files-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = "state welcome\n  say: Grüß dich — hello!\n"
        try text.write(toFile: folder + "/a.coach", atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: folder + "/empty.coach", contents: Data())
        FileManager.default.createFile(atPath: folder + "/bad.coach", contents: Data("ok\nab".utf8 + [0xFF] + Data("c\n".utf8)))
        XCTAssertEqual(try DiskFiles().read(folder + "/a.coach").get(), text)
        XCTAssertEqual(try DiskFiles().read(folder + "/empty.coach").get(), "")
        guard case .failure(let failure) = DiskFiles().read(folder + "/bad.coach") else { return XCTFail("bad UTF-8 read") }
        XCTAssertEqual(failure.location?.line, 2)
        XCTAssertEqual(failure.location?.column, 3)
        guard case .failure = DiskFiles().read(folder + "/missing.coach") else { return XCTFail("a missing file read") }
        guard case .failure = DiskFiles().read(folder) else { return XCTFail("a folder read") }
    }
}
