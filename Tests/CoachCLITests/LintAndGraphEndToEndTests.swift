import Foundation
import XCTest

final class LintAndGraphEndToEndTests: XCTestCase {
    func testLintReportsEveryMistakeAndExitsOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coach-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "start welcome\nstae x\nstate welcome\n  sya: hi\n  choice: Go -> welcom\n".write(to: directory.appendingPathComponent("main.coach"), atomically: true, encoding: .utf8)
        let path = directory.path
        let result = try CoachProcess.run(["lint", path], input: "")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, """
        \(path)/main.coach:2:1: error: unknown directive 'stae'; did you mean 'state'? [E0101]
        stae x
        ^
        \(path)/main.coach:4:3: error: unknown state field 'sya'; did you mean 'say'? [E0102]
          sya: hi
          ^
        \(path)/main.coach:5:17: error: unknown state 'welcom'; did you mean 'welcome'? [E0201]
          choice: Go -> welcom
                        ^

        """)
        XCTAssertEqual(result.stdout, "\(path): 3 errors, 0 warnings\n")
        let chat = try CoachProcess.run(["chat", "--dialogues", path], input: "hi\n")
        XCTAssertEqual(chat.status, 1)
        XCTAssertTrue(chat.stderr.hasPrefix("\(path)/main.coach:2:1: error: unknown directive 'stae'"), chat.stderr)
    }

    func testLintInvalidUTF8ReportsLocation() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coach-utf8-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var bytes = Data("start s\nstate s\n  say: caf".utf8)
        bytes += Data([0xE9, 0x0A])
        try bytes.write(to: directory.appendingPathComponent("main.coach"))
        let result = try CoachProcess.run(["lint", directory.path], input: "")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("\(directory.path)/main.coach:3:11: error: file is not valid UTF-8 [E0003]\n"), result.stderr)
    }

    func testLintExampleIsClean() throws {
        let result = try CoachProcess.run(["lint", CoachProcess.exampleDialogues], input: "")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "\(CoachProcess.exampleDialogues): ok: 13 states, 11 intents; 0 errors, 2 warnings\n")
    }

    func testGraph() throws {
        let result = try CoachProcess.run(["graph", CoachProcess.exampleDialogues], input: "")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("digraph coach {\n  rankdir=LR;\n"))
        XCTAssertTrue(result.stdout.contains("  \"plan\" -> \"distract\" [label=\"distract\"];\n"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("}\n"))
    }

    func testBuiltinDialoguesFoundFromAnyDirectory() throws {
        let result = try CoachProcess.run(["lint"], input: "")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix(CoachProcess.repositoryRoot.appendingPathComponent("Dialogues").path), result.stdout)
    }
}
