import Foundation
import XCTest

/// Runs the real `coach` binary over pipes and checks exact output and exit codes.
final class ChatEndToEndTests: XCTestCase {
    let example = ["--dialogues", CoachProcess.exampleDialogues]

    func testTerminalChatOverAPipe() throws {
        let result = try CoachProcess.run(["chat", "--seed", "1"] + example, input: "2\nno\n\n/quit\nnever read\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, """
        coach: Hello, I'm the example coach.
        coach: Where are you?
          1. At work
          2. On the street
          3. Practise a scene
        coach: On the street, staff or the driver can help.
        coach: Your setting is street. Is anyone hurt?
        coach: Which would you try?
          1. Distract
          2. Delegate

        """)
    }

    func testSlashCommandsAndTrace() throws {
        let result = try CoachProcess.run(["--seed", "1"] + example, input: "1\n/back\n/trace\nhello there\n/restart\n/nonsense\n")
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[5...7], ["coach: At work, a manager or HR can help.", "coach: Your setting is work. Is anyone hurt?", "coach: Hello, I'm the example coach."])
        XCTAssertTrue(lines.contains("Trace is on."))
        XCTAssertTrue(lines.contains("trace: in state welcome: \"hello there\""), result.stdout)
        XCTAssertTrue(lines.contains("trace: command /restart in state welcome"), result.stdout)
        XCTAssertTrue(lines.last!.hasPrefix("Unknown command /nonsense."), result.stdout)
    }

    func testEndOfConversationExitsZero() throws {
        let result = try CoachProcess.run(["--seed", "1"] + example, input: "bye\nignored\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasSuffix("coach: Take care.\n"), result.stdout)
    }

    func testBadInputInTheTerminal() throws {
        var input = Data("\u{1B}[2J\u{0}\n".utf8)
        input += Data([0xFF, 0xFE, 0x0A])
        input += Data(repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024) + Data("\n2\n".utf8)
        let result = try CoachProcess.run(["--seed", "1"] + example, stdin: input)
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "no raw escape sequences")
        XCTAssertTrue(result.stdout.contains("That line is not valid text (invalid UTF-8 at byte 1); please type it again.\n"))
        XCTAssertTrue(result.stdout.contains("That message is too long (10485760 bytes); please keep it under 64 KiB.\n"))
        XCTAssertTrue(result.stdout.hasSuffix("coach: Your setting is street. Is anyone hurt?\n"), result.stdout)
    }

    func testJSONLines() throws {
        let input = """
        {"text":"hi","user":"a"}
        {"text":"he has a knife","user":"b"}

        not json
        [1,2]
        {"text":5}
        {"text":"2","user":"a"}
        {"text":"x","user":""}

        """
        var data = Data(input.utf8)
        data += Data([0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D, 0x0A])
        data += Data("{\"text\":\"".utf8) + Data(repeating: UInt8(ascii: "b"), count: 70_000) + Data("\"}\n".utf8)
        let result = try CoachProcess.run(["chat", "--jsonl", "--seed", "7"] + example, stdin: data)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout.split(separator: "\n").map(String.init), [
            #"{"user":"a","replies":[{"text":"Hello, I'm the example coach."},{"text":"Where are you?","choices":["At work","On the street","Practise a scene"]}],"state":"welcome","intent":null,"tags":["greeting"]}"#,
            #"{"user":"b","replies":[{"text":"Call the emergency number (112 in Europe, 911 in North America) and keep a safe distance.","choices":["Continue"]}],"state":"emergency","intent":"danger","tags":["safety.emergency"]}"#,
            #"{"error":"line is not valid JSON"}"#,
            #"{"error":"line is not a JSON object"}"#,
            #"{"error":"\"text\" must be a string"}"#,
            #"{"user":"a","replies":[{"text":"On the street, staff or the driver can help."},{"text":"Your setting is street. Is anyone hurt?"}],"state":"setting_chosen","intent":null,"tags":[]}"#,
            #"{"error":"\"user\" must be a non-empty string"}"#,
            #"{"error":"line is not valid UTF-8 (byte 7)"}"#,
            #"{"error":"line is longer than 64 KiB (70011 bytes)"}"#,
        ])
    }

    func testJSONLinesDefaultUserAndSlashCommands() throws {
        let input = "{\"text\":\"1\"}\n{\"text\":\"/back\"}\n{\"text\":\"/forget\"}\n"
        let result = try CoachProcess.run(["chat", "--jsonl", "--user", "me", "--seed", "1"] + example, input: input)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[0].hasPrefix(#"{"user":"me","replies":[{"text":"At work, a manager or HR can help."}"#), lines[0])
        XCTAssertTrue(lines[1].contains(#""state":"welcome""#), lines[1])
        XCTAssertEqual(lines[2], #"{"user":"me","replies":[{"text":"Everything kept about this conversation is erased. Write again any time to start afresh."}],"state":"welcome","intent":null,"tags":[]}"#)
    }

    func testRegionFromFlagAndEnvironment() throws {
        let flag = try CoachProcess.run(["chat", "--jsonl", "--region", "UK"] + example, input: "{\"text\":\"knife\"}\n")
        XCTAssertTrue(flag.stdout.contains("Call 999 now"), flag.stdout)
        let env = try CoachProcess.run(["chat", "--jsonl"] + example, input: "{\"text\":\"knife\"}\n", environment: ["COACH_REGION": "gb"])
        XCTAssertTrue(env.stdout.contains("Call 999 now"), env.stdout)
    }

    func testUsageErrors() throws {
        let cases: [(arguments: [String], message: String)] = [
            (["--bogus"], "coach: unknown option '--bogus' (see 'coach --help')\n"),
            (["chat", "--jsnol"], "coach: unknown option '--jsnol'; did you mean '--jsonl'? (see 'coach --help')\n"),
            (["chat", "--seed"], "coach: --seed needs a value (see 'coach --help')\n"),
            (["chat", "--seed", "x"], "coach: --seed takes a whole number, not 'x' (see 'coach --help')\n"),
            (["lnit"], "coach: unknown command 'lnit'; did you mean 'lint'? (see 'coach --help')\n"),
            (["chat", "--region", "xx"], "coach: unknown region 'xx' for --region; known codes: uk, ie, fr, de, es, it, eu, us, ca, au, nz, in, br (gb is read as uk) (see 'coach --help')\n"),
        ]
        for c in cases {
            let result = try CoachProcess.run(c.arguments, input: "")
            XCTAssertEqual(result.status, 64, "\(c.arguments)")
            XCTAssertEqual(result.stderr, c.message)
            XCTAssertEqual(result.stdout, "")
        }
    }

    func testMissingDialogueDirectory() throws {
        let result = try CoachProcess.run(["chat", "--dialogues", "/nonexistent/dir"], input: "")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, """
        /nonexistent/dir:1:1: error: no dialogue folder at '/nonexistent/dir' [E0001]
        coach: the dialogues in '/nonexistent/dir' have 1 error; fix them and try again (coach lint shows them all)

        """)
    }
}

/// `coach chat --user NAME` keeps the conversation in the store, so the coach welcomes the person back.
final class ReturningChatEndToEndTests: XCTestCase {
    func testComingBackRaisesTheReturningState() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("coach-chat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        let common = ["chat", "--user", "sam", "--state-dir", state.path, "--seed", "1", "--dialogues", CoachProcess.exampleDialogues]
        let first = try CoachProcess.run(common, input: "1\n")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.hasSuffix("coach: Your setting is work. Is anyone hurt?\n"), first.stdout)
        let second = try CoachProcess.run(common, input: "yes\n")
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.hasPrefix("coach: Welcome back. Last time you were at work.\ncoach: Shall we carry on?\n"), second.stdout)
        XCTAssertTrue(second.stdout.hasSuffix("coach: Your setting is work. Is anyone hurt?\n"), second.stdout)
        let forget = try CoachProcess.run(common, input: "/forget\n")
        XCTAssertTrue(forget.stdout.hasSuffix("coach: Everything kept about this conversation is erased. Write again any time to start afresh.\n"), forget.stdout)
        let fresh = try CoachProcess.run(common, input: "")
        XCTAssertTrue(fresh.stdout.hasPrefix("coach: Hello, I'm the example coach.\n"), fresh.stdout)
    }
}
