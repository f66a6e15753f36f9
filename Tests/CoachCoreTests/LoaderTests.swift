import CoachCore
import XCTest

/// Loading a dialogue folder through `DialogueFiles`: text in, brain and diagnostics out, no files touched.
final class LoaderTests: XCTestCase {
    /// Dialogue files held in memory, as the core sees any storage.
    struct MemoryFiles: DialogueFiles {
        let files: [String: String]

        func read(_ path: String) -> Result<String, DialogueLoader.LoadFailure> {
            files[path].map { .success($0) } ?? .failure(.init("no such file '\(path)'"))
        }

        func coachFiles(in folder: String) -> [String]? {
            folder == "d" ? files.keys.filter { $0.hasPrefix("d/") }.map { String($0.dropFirst(2)) } : nil
        }
    }

    func testALineAScriptHasOnceIsAnErrorInASecondFileToo() {
        let main = "include other.coach\nstart s\nreturning s\nfallback: Sorry.\nmenu: Pick one:\nstate s\n  say: a\n"
        let other = "start s\nreturning s\nfallback: Pardon?\nmenu: Choose:\n"
        let loaded = DialogueLoader.load(folder: "d", from: MemoryFiles(files: ["d/main.coach": main, "d/other.coach": other]))
        XCTAssertNil(loaded.brain)
        let rendered = loaded.diagnostics.flatMap { [$0] + $0.notes }.map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
        XCTAssertEqual(rendered, [
            "d/other.coach:1:7: error: a second 'start'", "d/main.coach:2:7: note: the first 'start' is here",
            "d/other.coach:2:11: error: a second 'returning'", "d/main.coach:3:11: note: the first 'returning' is here",
            "d/other.coach:3:11: error: a second 'fallback'", "d/main.coach:4:11: note: the first 'fallback' is here",
            "d/other.coach:4:7: error: a second 'menu'", "d/main.coach:5:7: note: the first 'menu' is here",
        ])
    }

    func testAFileNeverIncludedIsAWarningAndAMissingFolderAnError() {
        let files = MemoryFiles(files: ["d/main.coach": "start s\nstate s\n  say: a\n", "d/spare.coach": ""])
        XCTAssertEqual(DialogueLoader.load(folder: "d", from: files).diagnostics.map { "\($0.location): \($0.message) [\($0.code ?? "")]" },
                       ["d/spare.coach:1:1: 'spare.coach' is never included from main.coach, so it is not used [W0001]"])
        XCTAssertEqual(DialogueLoader.load(folder: "nowhere", from: files).diagnostics.map { "\($0.location): \($0.message) [\($0.code ?? "")]" },
                       ["nowhere:1:1: no dialogue folder at 'nowhere' [E0001]"])
    }
}
