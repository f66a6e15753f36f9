import Foundation
import XCTest

/// The trainers' tools through the real binary: `coach match`, `coach eval`, examples in `coach test`,
/// lint codes and checks, `coach graph --file/--state`, and what `--trace` shows.
final class TrainerToolsEndToEndTests: XCTestCase {
    static let script = """
    start s
    interrupt danger -> alarm
    frame past
      keywords: yesterday
    intent danger
      keywords: choking, knife
      not in: past
      example: he has a knife
      not example: he had a knife yesterday
    intent plan
      keywords: tell the driver
      example: I'd tell the driver
    intent other
      keywords: driver
    state s
      say: hi
      on plan -> s
      on other -> s
    state alarm
      say: call 999
      goto: s
    """

    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("coach-tools-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("examples"), withIntermediateDirectories: true)
        try Self.script.write(to: directory.appendingPathComponent("main.coach"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func write(_ text: String, to name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testMatchShowsWordsSpellingFramesEvidenceAndTheWinner() throws {
        let run = try CoachProcess.run(["match", "--dialogues", directory.path, "he was chokin her yesterday, tell the driver"], input: "")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, """
        message: he was chokin her yesterday, tell the driver
          words: he was chokin her yesterday tell driver
          spelling: chokin -> choking
          frame past: "yesterday"
          matched:
            plan: keyword "tell the driver" on "tell the driver" (2 words)
            other: keyword "driver" on "driver" (1 word)
          discarded:
            danger: keyword "choking" on "chokin" is cancelled by frame past ("yesterday")
          in state s (as the first message):
            wins: plan -> s
            why: the state's 'on' line whose intent covers the most words (ties: the line written first)
            lost: other: most words covered: 1 against 2 for 'plan'

        """)
    }

    func testMatchReadsLinesFromStandardInputInAState() throws {
        let run = try CoachProcess.run(["match", "--dialogues", directory.path, "--state", "alarm"], input: "knife and driver\n\nhello\n")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, """
        message: knife and driver
          words: knife and driver
          frames: none
          matched:
            danger: keyword "knife" on "knife" (1 word)
            other: keyword "driver" on "driver" (1 word)
          in state alarm:
            wins: danger -> alarm
            why: the first interrupt that matched (interrupts come first, in the order written)
            lost: other: not listened to in this state (no 'on' line, no interrupt)

        message: hello
          words: hello
          frames: none
          matched: nothing
          in state alarm:
            wins: nothing: fallback
            why: nothing matched

        """)
        let unknown = try CoachProcess.run(["match", "--dialogues", directory.path, "--state", "alrm", "hi"], input: "")
        XCTAssertEqual(unknown.status, 64)
        XCTAssertEqual(unknown.stderr, "coach: unknown state 'alrm'; did you mean 'alarm'? (see 'coach --help')\n")
    }

    func testMatchNeverPrintsAWholeRegex() throws {
        let run = try CoachProcess.run(["match", "--dialogues", CoachProcess.exampleDialogues, "he made threats to kill her"], input: "")
        XCTAssertEqual(run.status, 0, run.stderr)
        // The file is named relative to the working directory when it lies inside it.
        XCTAssertTrue(run.stdout.contains("    danger: regex at "), run.stdout)
        XCTAssertTrue(run.stdout.contains("Fixtures/example/intents.coach:5 on \"threats to kill\" (3 words)\n"), run.stdout)
        XCTAssertFalse(run.stdout.contains("\\bthreat"), run.stdout)
        let chat = try CoachProcess.run(["chat", "--trace", "--dialogues", CoachProcess.exampleDialogues], input: "he made threats to kill her\n")
        XCTAssertTrue(chat.stdout.contains("trace:   interrupt danger matched regex at "), chat.stdout)
        XCTAssertTrue(chat.stdout.contains("Fixtures/example/intents.coach:5 on \"threats to kill\" -> emergency\n"), chat.stdout)
        XCTAssertFalse(chat.stdout.contains("\\bthreat"), chat.stdout)
    }

    func testTraceShowsFramesCorrectionsAndLosers() throws {
        let run = try CoachProcess.run(["chat", "--trace", "--dialogues", directory.path], input: "he was chokin her yesterday, tell the driver\n")
        XCTAssertEqual(run.status, 0, run.stderr)
        for line in ["trace:   spelling: chokin -> choking\n", "trace:   frame past: \"yesterday\"\n",
                     "trace:   ignored danger: keyword \"choking\" on \"chokin\" is cancelled by frame past (\"yesterday\")\n",
                     "trace:   lost: other: most words covered: 1 against 2 for 'plan'\n"] {
            XCTAssertTrue(run.stdout.contains(line), run.stdout)
        }
    }

    func testEvalScoresAndExitsOneUnderTheBar() throws {
        let path = try write("# state: s\n# focus: plan\nplan\ttell the driver\nplan\tfind the driver\nplan\tget help\nnone\tthe weather\nnone\ttell the driver pls\n", to: "labels.tsv")
        let run = try CoachProcess.run(["eval", path, "--dialogues", directory.path], input: "")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, """
        \(path): 5 messages in state s; focus: plan

        intent      precision  recall  support
        plan              50%   33.3%        3
        none            33.3%     50%        2
        accuracy: 40% (2 of 5)
        false alarms: 50% of 'none' rows predicted as a focused intent

        confusion (rows: label, columns: predicted):
                    plan  none
        plan           1     2
        none           1     1

        misses: 3
          \(path):4: plan predicted none: find the driver
          \(path):5: plan predicted none: get help
          \(path):7: none predicted plan: tell the driver pls

        """)
        let strict = try CoachProcess.run(["eval", path, "--dialogues", directory.path, "--min-recall", "50%", "--max-false", "0.4"], input: "")
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stdout.hasSuffix("""
        FAIL: recall of plan is 33.3%, under --min-recall 50%
        FAIL: 50% of 'none' rows were predicted as a focused intent, over --max-false 40%

        """), strict.stdout)
        let flags = try CoachProcess.run(["eval", path, "--dialogues", directory.path, "--focus", "other", "--state", "s"], input: "")
        XCTAssertTrue(flags.stdout.hasPrefix("\(path): 5 messages in state s; focus: other\n"), flags.stdout)
        let bad = try CoachProcess.run(["eval", path, "--dialogues", directory.path, "--min-recall", "lots"], input: "")
        XCTAssertEqual(bad.status, 64)
        let onlyNone = try write("none\tthe weather\n", to: "none.tsv")
        let unfocused = try CoachProcess.run(["eval", onlyNone, "--dialogues", directory.path], input: "")
        XCTAssertEqual(unfocused.status, 64)
        XCTAssertEqual(unfocused.stderr, "coach: no label to score: every row is 'none'; name the intents with --focus a,b or a '# focus: a, b' line (see 'coach --help')\n")
        let focused = try CoachProcess.run(["eval", onlyNone, "--dialogues", directory.path, "--focus", "plan", "--max-false", "0"], input: "")
        XCTAssertEqual(focused.status, 0, focused.stdout)
    }

    func testTestRunsExampleFilesAndIntentExamples() throws {
        _ = try write("in s\nplan: tell the driver\nnot other: tell the driver\nplan: get help\n", to: "examples/plans.examples")
        let run = try CoachProcess.run(["test", "--dialogues", directory.path], input: "")
        XCTAssertEqual(run.status, 1)
        let examples = directory.appendingPathComponent("examples").path
        let short = directory.lastPathComponent  // reports are relative to the working directory (the temporary one)
        XCTAssertEqual(run.stdout, """
        FAIL  \(short)/examples/plans.examples: 1 of 3 examples failed
              \(short)/examples/plans.examples:4: plan: "get help": in s: no intent decided
        PASS  \(short)/main.coach: 3 examples
        5 passed, 1 failed

        """)
        let junit = directory.appendingPathComponent("report.xml").path
        let withReport = try CoachProcess.run(["test", "--dialogues", directory.path, "--junit", junit], input: "")
        XCTAssertEqual(withReport.status, 1)
        let xml = try String(contentsOfFile: junit, encoding: .utf8)
        XCTAssertTrue(xml.contains("<testsuites name=\"coach test\" tests=\"6\" failures=\"1\" errors=\"0\""), xml)
        XCTAssertTrue(xml.contains("    <testcase name=\"2: plan: tell the driver\" classname=\"\(short).examples.plans\" time=\"0.000\"/>\n"), xml)
        XCTAssertTrue(xml.contains("<failure message=\"\(short)/examples/plans.examples:4: in s: no intent decided\" type=\"ExampleFailure\"/>"), xml)
        let one = try CoachProcess.run(["test", "--dialogues", directory.path, examples + "/plans.examples"], input: "")
        XCTAssertEqual(one.stdout.components(separatedBy: "\n").suffix(2), ["2 passed, 1 failed", ""])
        _ = try write("in s\nplna: x\n", to: "examples/broken.examples")
        let broken = try CoachProcess.run(["test", "--dialogues", directory.path, examples + "/broken.examples"], input: "")
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(broken.stderr, "\(examples)/broken.examples:2:1: error: unknown intent 'plna'; did you mean 'plan'?\nplna: x\n^\n")
        XCTAssertEqual(broken.stdout, "FAIL  \(examples)/broken.examples: 1 error in the file, so none of its examples ran\n0 passed, 1 failed\n")
    }

    func testLintCodesAndChecks() throws {
        _ = try write(Self.script + "\nintent broken\n  regex: \\bdidn't (stop\nstate stuck\n  say: nothing\n", to: "main.coach")
        let run = try CoachProcess.run(["lint", directory.path], input: "")
        XCTAssertEqual(run.status, 1)
        let main = directory.path + "/main.coach"
        let lines = run.stderr.components(separatedBy: "\n").filter { $0.hasPrefix(main) }
        XCTAssertEqual(lines, [
            "\(main):22:8: warning: intent 'broken' is never used in an 'on' or 'interrupt' line [W0202]",
            "\(main):23:10: warning: prefer a word pattern to a regex: patterns are read once with every keyword, regexes run apart (see Dialogues/README.md) [W0402]",
            "\(main):23:16: warning: this regex can never match here: \"'t\" can never match: the normalised text has no apostrophes (\"didn't\" is \"did not\", \"he's\" is \"he\") [W0403]",
            "\(main):23:19: error: invalid regular expression: '(' is never closed; patterns use ICU syntax, as NSRegularExpression does [E0401]",
            "\(main):24:7: warning: state 'stuck' cannot be reached from 's' [W0201]",
        ])
        _ = try write(Self.script + "\nintent broken\n  regex: \\bdidn't stop\nstate stuck\n  say: nothing\n", to: "main.coach")
        let warnings = try CoachProcess.run(["lint", directory.path], input: "")
        XCTAssertEqual(warnings.status, 0, warnings.stderr)
        XCTAssertEqual(warnings.stderr.components(separatedBy: "\n").filter { $0.hasPrefix(main) }, [
            "\(main):12:12: warning: intents 'plan' and 'other' both match this example, and state s listens for both: the words covered decide [W0502]",
            "\(main):22:8: warning: intent 'broken' is never used in an 'on' or 'interrupt' line [W0202]",
            "\(main):23:10: warning: prefer a word pattern to a regex: patterns are read once with every keyword, regexes run apart (see Dialogues/README.md) [W0402]",
            "\(main):23:16: warning: this regex can never match here: \"'t\" can never match: the normalised text has no apostrophes (\"didn't\" is \"did not\", \"he's\" is \"he\") [W0403]",
            "\(main):24:7: warning: state 'stuck' cannot be reached from 's' [W0201]",
            "\(main):24:7: warning: state 'stuck' is a dead end: no choice, 'on' line or 'goto' leads out of it, only the interrupts [W0501]",
        ])
    }

    func testGraphOfOneFileOrAroundOneState() throws {
        let scene = try CoachProcess.run(["graph", "--file", "practice/scene.coach", "--dialogues", CoachProcess.exampleDialogues], input: "")
        XCTAssertEqual(scene.status, 0, scene.stderr)
        XCTAssertTrue(scene.stdout.hasPrefix("digraph coach {\n"), scene.stdout)
        XCTAssertFalse(scene.stdout.contains("\"welcome\" ["), "only the file's states (and where they lead) are drawn")
        let around = try CoachProcess.run(["graph", "--state", "plan", "--depth", "1", "--dialogues", CoachProcess.exampleDialogues], input: "")
        XCTAssertEqual(around.status, 0, around.stderr)
        XCTAssertTrue(around.stdout.contains("  \"plan\" -> \"distract\" [label=\"\\\"Distract\\\", distract\"];\n"), around.stdout)
        XCTAssertFalse(around.stdout.contains("\"welcome\""), around.stdout)
        let unknown = try CoachProcess.run(["graph", "--state", "nowhere", "--dialogues", CoachProcess.exampleDialogues], input: "")
        XCTAssertEqual(unknown.status, 64)
    }
}
