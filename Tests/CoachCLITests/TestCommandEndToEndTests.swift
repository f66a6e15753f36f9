import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs the real `coach` binary for `coach test` and `coach chat --record`, checking exact output and exit codes.
final class TestCommandEndToEndTests: XCTestCase {
    /// The package root, where relative paths in commands start.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `coach` in the products directory: beside the `.xctest` bundle (macOS), or where the test binary is (Linux).
    static var binary: URL {
        let bundle = Bundle(for: TestCommandEndToEndTests.self).bundleURL
        let products = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        return products.appendingPathComponent("coach")
    }

    struct Run {
        var status: Int32
        var out: String
        var err: String
        var lines: [String] { out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    func coach(_ arguments: [String], input: String = "") throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = Self.root
        var environment = ProcessInfo.processInfo.environment
        environment["COACH_DIALOGUES"] = nil
        environment["COACH_REGION"] = nil
        environment["COACH_CACHE_DIR"] = CoachProcess.cacheFolder
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self))
    }

    static let example = ["--dialogues", "Tests/Fixtures/example"]
    static let fixtures = "Tests/Fixtures/transcripts"

    func testPassingSuiteExitsZero() throws {
        let run = try coach(["test", Self.fixtures + "/passing"] + Self.example)
        XCTAssertEqual(run.status, 0, run.out + run.err)
        XCTAssertEqual(run.err, "")
        XCTAssertEqual(run.lines.first, "PASS  Tests/Fixtures/transcripts/passing/basics.test:4: the coach greets first and offers three places")
        XCTAssertEqual(run.lines.filter { $0.hasPrefix("PASS  ") }.count, 23)
        XCTAssertEqual(run.lines.last, "23 passed, 0 failed")
    }

    func testFailuresAndBrokenFilesExitOne() throws {
        let run = try coach(["test", Self.fixtures + "/failing", Self.fixtures + "/broken/typos.test"] + Self.example)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.lines.filter { $0.hasPrefix("PASS") || $0.hasPrefix("FAIL") }, [
            "PASS  Tests/Fixtures/transcripts/failing/failures.test:3: passes",
            "FAIL  Tests/Fixtures/transcripts/failing/failures.test:7: wrong words and wrong state",
            "FAIL  Tests/Fixtures/transcripts/failing/failures.test:19: fails inside shared steps",
            "FAIL  Tests/Fixtures/transcripts/broken/typos.test: 4 errors in the file, so none of its tests ran",
        ])
        XCTAssertEqual(Array(run.lines[2...5]), [
            "      turn 1, Tests/Fixtures/transcripts/failing/failures.test:10:3: > delegate",
            "      Tests/Fixtures/transcripts/failing/failures.test:11:3: the coach's messages differ (-expected +actual)",
            "        -Text the police on 61016.",
            "        +On the train, text British Transport Police on 61016.",
        ])
        XCTAssertEqual(run.lines.last, "1 passed, 3 failed")
        XCTAssertEqual(run.err, """
            Tests/Fixtures/transcripts/broken/typos.test:5:3: error: unknown keyword 'stat'; did you mean 'state'?
              stat: welcome
              ^
            Tests/Fixtures/transcripts/broken/typos.test:6:10: error: unknown state 'welcom'; did you mean 'welcome'?
              state: welcom
                     ^
            Tests/Fixtures/transcripts/broken/typos.test:7:11: error: unknown intent 'greeting'; 'greeting' is a tag of the dialogue, not an intent
              intent: greeting
                      ^
            Tests/Fixtures/transcripts/broken/typos.test:8:9: error: unknown tag 'greting'; did you mean 'greeting'?
              tags: greting
                    ^

            """)
    }

    func testFilter() throws {
        let run = try coach(["test", Self.fixtures + "/failing", "--filter", "SHARED"] + Self.example)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.lines.first, "FAIL  Tests/Fixtures/transcripts/failing/failures.test:19: fails inside shared steps")
        XCTAssertEqual(run.lines.last, "0 passed, 1 failed")
        let none = try coach(["test", Self.fixtures + "/failing", "--filter", "zebra"] + Self.example)
        XCTAssertEqual(none.status, 0)
        XCTAssertEqual(none.out, "0 passed, 0 failed\n")
        XCTAssertEqual(none.err, "coach: no test name contains 'zebra'\n")
    }

    func testCoverage() throws {
        let run = try coach(["test", Self.fixtures + "/passing", "--coverage"] + Self.example)
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(Array(run.lines.suffix(7)), [
            "coverage:",
            "  states: 11 of 13 (84%)",
            "    never entered: welcome_back, scene",
            "  transitions: 15 of 18 (83%)",
            "    never taken: welcome -> scene, welcome_back -> welcome, scene -> scene_feedback",
            "  intents: 11 of 11 (100%)",
            "23 passed, 0 failed",
        ])
    }

    func testJUnitFileIsWellFormedXML() throws {
        let path = NSTemporaryDirectory() + "coach-junit-\(getpid()).xml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try coach(["test", Self.fixtures + "/failing", Self.fixtures + "/broken", "--junit", path] + Self.example)
        XCTAssertEqual(run.status, 1)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let parser = XMLParser(data: data)
        XCTAssertTrue(parser.parse(), String(describing: parser.parserError))
        let xml = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(xml.contains("<testsuites name=\"coach test\" tests=\"4\" failures=\"2\" errors=\"1\""), xml)
        XCTAssertTrue(xml.contains("<testcase name=\"fails inside shared steps\" classname=\"Tests.Fixtures.transcripts.failing.failures\""), xml)
    }

    func testMissingPathAndBadUsage() throws {
        let missing = try coach(["test", "no/such.test"] + Self.example)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.out, "FAIL  no/such.test: 1 error in the file, so none of its tests ran\n0 passed, 1 failed\n")
        XCTAssertEqual(missing.err, "no/such.test:1:1: error: no such file or folder 'no/such.test'\n")
        let unknown = try coach(["test", "--coverag"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertEqual(unknown.err, "coach: unknown option '--coverag'; did you mean '--coverage'? (see 'coach --help')\n")
        let noValue = try coach(["test", "--junit"])
        XCTAssertEqual(noValue.status, 64)
        XCTAssertEqual(noValue.err, "coach: --junit needs a value (see 'coach --help')\n")
        let help = try coach(["test", "--help"])
        XCTAssertEqual(help.lines.last, "Usage: coach test [PATH...] [--dialogues DIR] [--filter TEXT] [--junit FILE] [--coverage]")
    }

    func testDefaultPathIsTheDialoguesTestsFolder() throws {
        let run = try coach(["test"] + Self.example)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.err, "Tests/Fixtures/example/tests:1:1: error: no such file or folder 'Tests/Fixtures/example/tests'\n")
    }

    func testRecordedChatsReplayAsPassingTests() throws {
        let directory = NSTemporaryDirectory() + "coach-record-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let chats: [(name: String, arguments: [String], input: String)] = [
            ("terminal, random seed", [], "at work\nwhat?\npardon?\nhuh?\n1\ntell a manager\nthanks\n"),
            ("terminal, seed and region", ["--seed", "11", "--region", "GB"], "on the bus\nyes\ncontinue\nno\ndelegate\nbye\n"),
            ("json lines", ["--jsonl", "--region", "fr"], "{\"text\":\"hi\"}\n{\"text\":\"office\"}\n{\"text\":\"someone has a knife\"}\n{\"text\":\"continue\"}\n"),
        ]
        for (index, chat) in chats.enumerated() {
            let file = directory + "/chat\(index).test"
            let recorded = try coach(["chat", "--record", file] + chat.arguments + Self.example, input: chat.input)
            XCTAssertEqual(recorded.status, 0, chat.name + recorded.err)
            let replay = try coach(["test", file] + Self.example)
            XCTAssertEqual(replay.status, 0, chat.name + "\n" + replay.out + replay.err)
            XCTAssertEqual(replay.lines.last, "1 passed, 0 failed", chat.name)
        }
        let region = try String(contentsOfFile: directory + "/chat1.test", encoding: .utf8)
        XCTAssertTrue(region.contains("\nseed: 11\nregion: uk\n"), region)
    }

    func testRecordingToAnUnwritablePathFails() throws {
        let run = try coach(["chat", "--record", "/nonexistent/dir/x.test"] + Self.example, input: "hi\n")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.hasPrefix("coach: cannot write the recording to '/nonexistent/dir/x.test': "), run.err)
        XCTAssertEqual(run.out, "")
    }
}
