import CoachCore
import CoachFiles
import XCTest

final class ParserTests: XCTestCase {
    /// Each broken script and the exact diagnostics it must produce.
    func testDiagnostics() {
        let cases: [(name: String, files: [String: String], expected: [String])] = [
            ("unknown directive with suggestion", ["main.coach": "start s\nstae s\nstate s\n  say: hi\n"],
             ["main.coach:2:1: error: unknown directive 'stae'; did you mean 'state'?"]),
            ("unknown field with suggestion", ["main.coach": "start s\nstate s\n  sya: hi\n"],
             ["main.coach:3:3: error: unknown state field 'sya'; did you mean 'say'?"]),
            ("field in the wrong block", ["main.coach": "start s\nstate s\n  keywords: hi\n"],
             ["main.coach:3:3: error: 'keywords' belongs in an intent, not a state"]),
            ("unknown target", ["main.coach": "start s\nstate s\n  say: hi\n  choice: Go -> welcom\nstate welcome\n  say: x\n"],
             ["main.coach:4:17: error: unknown state 'welcom'; did you mean 'welcome'?"]),
            ("unknown intent", ["main.coach": "start s\nintent yes\n  keywords: yes\nstate s\n  say: hi\n  on yse -> s\n"],
             ["main.coach:6:6: error: unknown intent 'yse'; did you mean 'yes'?"]),
            ("missing arrow", ["main.coach": "start s\nstate s\n  choice: Go s\n"],
             ["main.coach:3:11: error: expected '->' and a target after the choice label"]),
            ("bad regex", ["main.coach": "start s\nintent x\n  regex: (unclosed\nstate s\n  say: hi\n  on x -> s\n"],
             ["main.coach:3:10: error: invalid regular expression: '(' is never closed; patterns use ICU syntax, as NSRegularExpression does"]),
            ("bad regex: the column inside it", ["main.coach": "start s\nintent x\n  regex: \\bok\\b)\nstate s\n  say: hi\n  on x -> s\n"],
             ["main.coach:3:16: error: invalid regular expression: unmatched ')'; patterns use ICU syntax, as NSRegularExpression does"]),
            ("unclosed slot", ["main.coach": "start s\nstate s\n  say: hi {name\n"],
             ["main.coach:3:11: error: expected a slot name and '}' after '{'; write '{{' for a literal brace"]),
            ("columns count characters, not bytes", ["main.coach": "start s\nstate s\n  say: caf\u{E9} \u{1F44D} {name\n"],
             ["main.coach:3:15: error: expected a slot name and '}' after '{'; write '{{' for a literal brace"]),
            ("slot never set", ["main.coach": "start s\nstate s\n  say: hi {nmae}\n  set: name = x\n"],
             ["main.coach:3:12: error: slot 'nmae' is read but never set; did you mean 'name'?"]),
            ("duplicate state", ["main.coach": "start s\nstate s\n  say: a\nstate s\n  say: b\n"],
             ["main.coach:4:7: error: state 's' is defined twice", "main.coach:2:7: note: the first definition is here"]),
            ("missing start", ["main.coach": "state s\n  say: a\n"],
             ["main.coach:1:1: error: no 'start' line: name the state the conversation begins in, e.g. 'start welcome'"]),
            ("missing include", ["main.coach": "include other.coach\nstart s\nstate s\n  say: a\n"],
             ["main.coach:1:9: error: no such file 'other.coach'"]),
            ("include cycle", ["main.coach": "include a.coach\nstart s\nstate s\n  say: a\n", "a.coach": "include main.coach\n"],
             ["a.coach:1:9: error: include cycle: main.coach -> a.coach -> main.coach"]),
            ("goto loop", ["main.coach": "start a\nstate a\n  goto: b\nstate b\n  goto: a\n"],
             ["main.coach:3:3: error: 'goto' loops forever: a -> b -> a"]),
            ("indented outside a block", ["main.coach": "  say: hi\nstart s\nstate s\n  say: a\n"],
             ["main.coach:1:3: error: 'say' is indented but not under a 'state' or 'intent' line"]),
            ("or without say", ["main.coach": "start s\nstate s\n  or: hi\n"],
             ["main.coach:3:3: error: 'or' adds a variant to the 'say' above it, but there is none"]),
            ("bad negation value", ["main.coach": "start s\nintent x\n  keywords: a b\n  negation: maybe\nstate s\n  on x -> s\n"],
             ["main.coach:4:13: error: negation is 'cancels' or 'ignore', not 'maybe'"]),
            ("goto repeat loops", ["main.coach": "start s\nstate s\n  say: a\n  goto: @repeat\n"],
             ["main.coach:4:3: error: 'goto: @repeat' loops forever: the state would enter itself again and again"]),
            ("second start in one file", ["main.coach": "start s\nstart s\nstate s\n  say: a\n"],
             ["main.coach:2:1: error: a second 'start'", "main.coach:1:7: note: the first 'start' is here"]),
            ("emoji choices are distinct", ["main.coach": "start s\nstate s\n  say: a\n  choice: \u{1F44D} -> s\n  choice: \u{1F44E} -> s\n"], []),
            ("unknown builtin", ["main.coach": "start s\nstate s\n  choice: Go -> @bakc\n"],
             ["main.coach:3:17: error: unknown built-in target '@bakc'; did you mean '@back'?"]),
        ]
        for c in cases {
            let errors = compile(c.files).diagnostics.filter { $0.severity != .warning }
            let rendered = errors.flatMap { [$0] + $0.notes }.map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
            XCTAssertEqual(rendered, c.expected, c.name)
        }
    }

    func testIncludePathsFromADotFolder() {
        let files = ["./main.coach": "include ../shared/x.coach\nstart s\n", "../shared/x.coach": "state s\n  say: a\n"]
        let (script, diagnostics) = DialogueLoader.load(entry: "./main.coach") { path in
            files[path].map { .success($0) } ?? .failure(.init("no such file '\(path)'"))
        }
        XCTAssertEqual(diagnostics.map(\.message), [])
        XCTAssertEqual(script.states.map(\.name.name), ["s"])
    }

    func testEveryMistakeIsReportedInOneRun() {
        let text = "start s\nstae s\nstate s\n  sya: hi\n  choice: Go -> nowhere\n"
        XCTAssertEqual(compile(["main.coach": text]).diagnostics.filter(\.isError).count, 3)
    }

    func testRenderedDiagnosticShowsLineAndCaret() {
        let text = "start s\nstate s\n  sya: hi\n"
        let diagnostics = compile(["main.coach": text]).diagnostics
        let rendered = DiagnosticRenderer(sources: ["main.coach": text]).render(diagnostics)
        XCTAssertEqual(rendered, "main.coach:3:3: error: unknown state field 'sya'; did you mean 'say'?\n  sya: hi\n  ^\n")
    }

    func testWarnings() {
        let text = "start s\nintent unused\n  keywords: x\nstate s\n  say: a\nstate lonely\n  say: b\n"
        let warnings = compile(["main.coach": text]).diagnostics.filter { $0.severity == .warning }.map { "\($0.location): \($0.message)" }
        XCTAssertEqual(warnings, [
            "main.coach:2:8: intent 'unused' is never used in an 'on' or 'interrupt' line",
            "main.coach:6:7: state 'lonely' cannot be reached from 's'",
        ])
    }

    func testExampleFixtureHasNoDiagnostics() {
        let loaded = DialogueDirectory(path: exampleDirectory).load()
        XCTAssertNotNil(loaded.brain)
        XCTAssertEqual(loaded.diagnostics.map { "\($0.location): \($0.message)" }, [])
    }
}

final class LineEndingTests: XCTestCase {
    func testCRLFAndByteOrderMarkParseLikeLF() {
        let lf = "start s\nstate s\n  say: hi\n  sya: x\n"
        let crlf = "\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n")
        let expected = ["main.coach:4:3: unknown state field 'sya'; did you mean 'say'?"]
        for text in [lf, crlf] {
            let diagnostics = compile(["main.coach": text]).diagnostics
            XCTAssertEqual(diagnostics.map { "\($0.location): \($0.message)" }, expected)
            let rendered = DiagnosticRenderer(sources: ["main.coach": text]).render(diagnostics)
            XCTAssertEqual(rendered, "main.coach:4:3: error: unknown state field 'sya'; did you mean 'say'?\n  sya: x\n  ^\n")
        }
        XCTAssertEqual(brain("start s\r\nstate s\r\n  say: hi\r\n").states[0].messages[0].variants[0].source, "hi")
    }
}
