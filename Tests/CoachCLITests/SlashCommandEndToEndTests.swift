import Foundation
import XCTest

/// The shared slash commands (`/back`, `/restart`, `/start`, `/plan`, `/forget`) mean the same in the terminal,
/// in JSON lines and in transcript tests: the real `coach` binary, one sequence, exact replies.
final class SlashCommandEndToEndTests: XCTestCase {
    let example = ["--seed", "1", "--dialogues", CoachProcess.exampleDialogues]
    /// What the person sends, in order; `/Start ` shows case and spaces do not matter.
    let sequence = ["1", "/back", "1", "/restart", "/Start ", "/plan", "/forget", "2"]

    func testTerminal() throws {
        let result = try CoachProcess.run(["chat"] + example, input: sequence.joined(separator: "\n") + "\n/quit\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, """
        coach: Hello, I'm the example coach.
        coach: Where are you?
          1. At work
          2. On the street
          3. Practise a scene
        coach: At work, a manager or HR can help.
        coach: Your setting is work. Is anyone hurt?
        coach: Hello, I'm the example coach.
        coach: Where are you?
          1. At work
          2. On the street
          3. Practise a scene
        coach: At work, a manager or HR can help.
        coach: Your setting is work. Is anyone hurt?
        coach: Hi, I'm the example coach.
        coach: Where are you?
          1. At work
          2. On the street
          3. Practise a scene
        coach: Shall we carry on?
        coach: Sorry, I didn't catch that. Shall we carry on?
        coach: Everything kept about this conversation is erased. Write again any time to start afresh.
        coach: On the street, staff or the driver can help.
        coach: Your setting is street. Is anyone hurt?

        """)
    }

    func testJSONLines() throws {
        let input = sequence.map { "{\"text\":\"\($0)\"}\n" }.joined()
        let result = try CoachProcess.run(["chat", "--jsonl"] + example, input: input)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
        let welcome = #"{"text":"Where are you?","choices":["At work","On the street","Practise a scene"]}"#
        let work = #"[{"text":"At work, a manager or HR can help."},{"text":"Your setting is work. Is anyone hurt?"}],"state":"setting_chosen","intent":null,"tags":[]}"#
        XCTAssertEqual(result.stdout.split(separator: "\n").map(String.init), [
            #"{"user":"local","replies":"# + work,
            #"{"user":"local","replies":[{"text":"Hello, I'm the example coach."},"# + welcome + #"],"state":"welcome","intent":null,"tags":["greeting"]}"#,
            #"{"user":"local","replies":"# + work,
            #"{"user":"local","replies":[{"text":"Hello, I'm the example coach."},"# + welcome + #"],"state":"welcome","intent":null,"tags":["greeting"]}"#,
            #"{"user":"local","replies":[{"text":"Shall we carry on?"}],"state":"welcome_back","intent":null,"tags":[]}"#,
            #"{"user":"local","replies":[{"text":"Sorry, I didn't catch that. Shall we carry on?"}],"state":"welcome_back","intent":null,"tags":["fallback"]}"#,
            #"{"user":"local","replies":[{"text":"Everything kept about this conversation is erased. Write again any time to start afresh."}],"state":"welcome","intent":null,"tags":[]}"#,
            #"{"user":"local","replies":[{"text":"On the street, staff or the driver can help."},{"text":"Your setting is street. Is anyone hurt?"}],"state":"setting_chosen","intent":null,"tags":[]}"#,
        ])
    }

    func testTranscript() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-slash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("slash.test")
        try """
        seed: 1

        test: the shared slash commands
          > 1
          state: setting_chosen
          > /back
          < Hello, I'm the example coach.
          < Where are you?
          state: welcome
          > 1
          > /restart
          state: welcome
          > /Start
          < Shall we carry on?
          state: welcome_back
          > /plan
          < Sorry, I didn't catch that. Shall we carry on?
          > /forget
          < Everything kept about this conversation is erased. Write again any time to start afresh.
          state: welcome
          > 2
          < On the street, staff or the driver can help.
          < Your setting is street. Is anyone hurt?

        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try CoachProcess.run(["test", file.path, "--dialogues", CoachProcess.exampleDialogues])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("1 passed, 0 failed\n"), result.stdout)
    }
}
