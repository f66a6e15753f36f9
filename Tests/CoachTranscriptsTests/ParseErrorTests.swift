import CoachCore
import CoachTranscripts
import XCTest

/// Mistakes in transcript files: the exact message and place of each.
final class ParseErrorTests: XCTestCase {
    static let cases: [(name: String, text: String, diagnostics: [String])] = [
        ("a clean file", "test: ok\n  > hi\n  state: welcome\n", []),
        ("a byte order mark and Windows line ends", "\u{FEFF}test: ok\r\n  > hi\r\n  state: welcome\r\n", []),
        ("misspelt keyword", "test: x\n  > hi\n  stat: welcome\n", ["3:3: error: unknown keyword 'stat'; did you mean 'state'?"]),
        ("a dialogue keyword", "test: x\n  > hi\n  say: Hello\n", ["3:3: error: unknown keyword 'say'; did you mean 'says'?"]),
        ("another tool's word", "test: x\n  > hi\n  regex: hel+o\n", ["3:3: error: unknown keyword 'regex'; did you mean 'matches'?"]),
        ("misspelt top-level keyword", "tst: x\n  > hi\n", ["1:1: error: unknown keyword 'tst'; did you mean 'test'?",
                                                           "2:3: error: this line is indented but not under a 'test:' or 'steps:' line"]),
        ("a step not indented", "test: x\n> hi\n", ["2:1: error: '>' must be indented under a 'test:' or 'steps:' line",
                                                 "1:7: error: test 'x' has no steps: add '>' lines for the person and '<' or other lines for the coach"].sortedLines),
        ("a check not indented", "test: x\n  > hi\nstate: welcome\n", ["3:1: error: 'state:' must be indented under a 'test:' or 'steps:' line"]),
        ("a test indented", "test: x\n  > hi\n  test: y\n", ["3:3: error: 'test:' starts a new block, so it must start at the beginning of the line"]),
        ("missing colon", "test: x\n  > hi\n  state welcome\n", ["3:9: error: expected ':' after 'state'"]),
        ("missing test name", "test:\n  > hi\n", ["1:6: error: expected a name after 'test:'", "2:3: error: this line is indented but not under a 'test:' or 'steps:' line"]),
        ("or without a coach line", "test: x\n  > hi\n  or: Hello\n", ["3:3: error: 'or:' adds another wording to the '<' line above it, but there is none"]),
        ("continuation without a coach line", "test: x\n  > hi\n  | more\n",
         ["3:3: error: '|' continues the coach's message or the choices on the line above, but there is no '<' or 'choices:' line above it"]),
        ("empty coach line", "test: x\n  > hi\n  <\n", ["3:4: error: expected the coach's words after '<'"]),
        ("not before something else", "test: x\n  > hi\n  not use: y\n",
         ["3:7: error: 'not' goes before '<' or one of 'says', 'matches', 'state', 'intent', 'tags', 'choices', not 'use'"]),
        ("not misspelt", "test: x\n  > hi\n  not tag: fallback\n",
         ["3:7: error: 'not' goes before '<' or one of 'says', 'matches', 'state', 'intent', 'tags', 'choices', not 'tag'; did you mean 'tags'?"]),
        ("text after a name", "test: x\n  > hi\n  state: welcome now\n", ["3:18: error: unexpected text 'now'"]),
        ("empty tag", "test: x\n  > hi\n  tags: greeting,, fallback\n", ["3:18: error: expected a tag between the ',' separators"]),
        ("empty choice", "test: x\n  > hi\n  choices: At work |\n", ["3:21: error: expected a choice label between the '|' separators"]),
        ("bad regex", "test: x\n  > hi\n  matches: (unclosed\n",
         ["3:12: error: invalid regular expression; patterns use ICU syntax, as NSRegularExpression does"]),
        ("bad seed", "seed: -1\ntest: x\n  > hi\n", ["1:7: error: expected a whole number from 0 to 18446744073709551615 after 'seed:'"]),
        ("bad slot", "test: x\n  set: setting\n  > hi\n", ["2:8: error: expected 'slot = value' after 'set:'"]),
        ("file setting after a test", "test: x\n  > hi\nregion: uk\n",
         ["3:1: error: file settings such as 'region:' must come before the first 'test:' or 'steps:'; indent it to set up one test"]),
        ("test setting after a step", "test: x\n  > hi\n  region: uk\n", ["3:3: error: 'region:' must come before the test's first step"]),
        ("setting in steps", "steps: s\n  seed: 1\n  > hi\ntest: x\n  use: s\n", ["2:3: error: 'seed:' sets up a test, so it cannot go in shared steps"]),
        ("empty test", "test: x\ntest: y\n  > hi\n",
         ["1:7: error: test 'x' has no steps: add '>' lines for the person and '<' or other lines for the coach"]),
        ("duplicate test", "test: x\n  > hi\ntest: x\n  > ho\n", ["3:7: error: test 'x' is defined twice"]),
        ("unknown steps", "steps: walk to the menu\n  > hi\ntest: x\n  use: walk to the manu\n",
         ["1:8: warning: steps 'walk to the menu' are never used",
          "4:8: error: no steps named 'walk to the manu'; did you mean 'walk to the menu'?"]),
        ("steps that use themselves", "steps: a\n  use: b\nsteps: b\n  > hi\n  use: a\ntest: x\n  use: a\n",
         ["5:8: error: steps use themselves: a -> b -> a"]),
        ("unused steps", "steps: spare\n  > hi\ntest: x\n  > hi\n", ["1:8: warning: steps 'spare' are never used"]),
        ("unknown state", "test: x\n  > hi\n  state: welcom\n", ["3:10: error: unknown state 'welcom'; did you mean 'welcome'?"]),
        ("unknown starting state", "test: x\n  start: plann\n  > hi\n", ["2:10: error: unknown state 'plann'; did you mean 'plan'?"]),
        ("unknown intent", "test: x\n  > hi\n  not intent: dangr\n", ["3:15: error: unknown intent 'dangr'; did you mean 'danger'?"]),
        ("a tag used as an intent", "test: x\n  > hi\n  intent: greeting\n", ["3:11: error: unknown intent 'greeting'; 'greeting' is a tag of the dialogue, not an intent"]),
        ("unknown tag", "test: x\n  > hi\n  tags: greeting, d.menus\n", ["3:19: error: unknown tag 'd.menus'; did you mean 'd.menu'?"]),
        ("unknown choice", "test: x\n  > hi\n  choices: At work | On the stret\n", ["3:22: error: unknown choice 'On the stret'; did you mean 'On the street'?"]),
        ("an unknown name in shared steps is reported once", "steps: s\n  state: plann\ntest: x\n  use: s\ntest: y\n  use: s\n",
         ["2:10: error: unknown state 'plann'; did you mean 'plan'?"]),
    ]

    func testEachMistake() {
        for (name, text, expected) in Self.cases {
            let diagnostics = Fixtures.suite(text).entries[0].diagnostics
            XCTAssertEqual(Fixtures.describe(diagnostics), expected, name)
        }
    }

    func testDuplicateTestNotesTheFirst() {
        let diagnostic = Fixtures.suite("test: x\n  > hi\ntest: x\n  > ho\n").entries[0].diagnostics[0]
        XCTAssertEqual(Fixtures.describe(diagnostic.notes), ["1:7: note: the first definition is here"])
    }

    func testRenderedLikeADialogueError() {
        let suite = Fixtures.suite("test: x\n  > hi\n  stat: welcome\n", path: "dir/typo.test")
        let text = DiagnosticRenderer(sources: suite.sources).render(suite.entries[0].diagnostics)
        XCTAssertEqual(text, """
            dir/typo.test:3:3: error: unknown keyword 'stat'; did you mean 'state'?
              stat: welcome
              ^

            """)
    }

    func testCoachLinesBeforeTheFirstMessageMakeTheCoachSpeakFirst() {
        let file = Fixtures.suite("test: a\n  state: welcome\n  > hi\ntest: b\n  > hi\n").entries[0].file
        XCTAssertEqual(file.conversations.map(\.coachSpeaksFirst), [true, false])
        XCTAssertEqual(file.conversations[0].turns.map(\.input), [.greeting, .message("hi")])
    }

    func testInputsCommandsAndSetup() {
        let text = "region: GB\nseed: 9\nset: a = 1, b = two words\ntest: x\n  set: b = 2\n  start: plan\n  >\n  > /back\n  > /RESTART\n  > /help\n"
        let conversation = Fixtures.suite(text).entries[0].file.conversations[0]
        XCTAssertEqual(conversation.turns.map(\.input), [.message(""), .command(.back), .command(.restart), .message("/help")])
        XCTAssertEqual(conversation.setup.region, "uk")
        XCTAssertEqual(conversation.setup.seed, 9)
        XCTAssertEqual(conversation.setup.slots, ["a": "1", "b": "2"])
        XCTAssertEqual(conversation.setup.start?.name, "plan")
    }

    func testMissingFileAndInvalidUTF8() throws {
        let missing = TranscriptSuite.load(paths: ["/nonexistent/x.test"], brain: Fixtures.brain)
        XCTAssertEqual(missing.entries.map { Fixtures.describe($0.diagnostics) }, [["1:1: error: no such file or folder '/nonexistent/x.test'"]])
        let path = NSTemporaryDirectory() + "/coach-invalid-\(getpid()).test"
        try Data([0x74, 0x65, 0x73, 0x74, 0x3A, 0x20, 0x0A, 0x20, 0x20, 0xFF]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let invalid = TranscriptSuite.load(paths: [path], brain: Fixtures.brain)
        XCTAssertEqual(invalid.entries.map { Fixtures.describe($0.diagnostics) }, [["2:3: error: file is not valid UTF-8"]])
    }
}

private extension Array where Element == String {
    /// Sorted by line, then column, as diagnostics are.
    var sortedLines: [String] {
        sorted { a, b in
            let pa = a.split(separator: ":").prefix(2).compactMap { Int($0) }
            let pb = b.split(separator: ":").prefix(2).compactMap { Int($0) }
            return pa.lexicographicallyPrecedes(pb)
        }
    }
}
