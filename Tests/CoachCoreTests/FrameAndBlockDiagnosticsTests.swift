import CoachCore
import XCTest

/// Errors in frames, `not in:`/`only in:`, blocks and `use:`, with their exact text and file:line:column.
final class FrameAndBlockDiagnosticsTests: XCTestCase {
    func testFrameErrors() {
        // The frames start on line 2; the intent's own fields follow `keywords: knife`.
        let cases: [(name: String, frames: String, fields: String, expected: [String])] = [
            ("ahead too far", "frame past\n  keywords: yesterday\n  scope: ahead 9\n", "",
             ["main.coach:4:10: error: 'ahead' takes a number of words from 1 to 8"]),
            ("ahead without a number", "frame past\n  keywords: yesterday\n  scope: ahead\n", "",
             ["main.coach:4:10: error: scope is 'clause', 'sentence', 'message', 'rest of clause', 'rest of sentence' or 'ahead N', not 'ahead'"]),
            ("ahead with a word", "frame past\n  keywords: yesterday\n  scope: ahead few\n", "",
             ["main.coach:4:10: error: 'ahead' takes a number of words from 1 to 8"]),
            ("unknown scope", "frame past\n  keywords: yesterday\n  scope: paragraph\n", "",
             ["main.coach:4:10: error: scope is 'clause', 'sentence', 'message', 'rest of clause', 'rest of sentence' or 'ahead N', not 'paragraph'"]),
            ("unknown field with did-you-mean", "frame past\n  keywords: yesterday\n  patern: last week\n", "",
             ["main.coach:4:3: error: unknown frame field 'patern'; did you mean 'pattern'?"]),
            ("an intent field in a frame", "frame past\n  keywords: yesterday\n  not in: fiction\n", "",
             ["main.coach:4:3: error: unknown frame field 'not in'"]),
            ("no keywords and no pattern", "frame past\n  scope: sentence\n  unless: used to it\n", "",
             ["main.coach:2:7: error: frame 'past' has no keywords and no pattern, so it never applies"]),
            ("defined twice", "frame past\n  keywords: yesterday\nframe past\n  keywords: ago\n", "",
             ["main.coach:4:7: error: frame 'past' is defined twice", "main.coach:2:7: note: the first definition is here"]),
            ("a bad pattern in a frame", "frame past\n  keywords: ago\n  pattern: in [199*|200*\n", "",
             ["main.coach:4:15: error: '[' is never closed: add ']'"]),
            ("a bad unless in a frame", "frame past\n  keywords: used to\n  unless: used to it, *\n", "",
             ["main.coach:4:23: error: this pattern has no word it must match"]),
            ("unknown concept in a frame", "frame past\n  keywords: last ~time_unit\nconcept time_units: week, month\n", "",
             ["main.coach:3:18: error: unknown concept '~time_unit'; did you mean 'time_units'?"]),
            ("unknown frame in not in", "frame past\n  keywords: yesterday\n", "  not in: pst, fiction\n",
             ["main.coach:6:11: error: unknown frame 'pst'; did you mean 'past'?",
              "main.coach:6:16: error: unknown frame 'fiction'"]),
            ("unknown frame in only in", "frame self\n  keywords: to me\n", "  only in: slef\n",
             ["main.coach:6:12: error: unknown frame 'slef'; did you mean 'self'?"]),
            ("a trailing comma after frame names", "frame past\n  keywords: yesterday\n", "  not in: past,\n",
             ["main.coach:6:16: error: expected a frame name"]),
            ("names without a comma", "frame past\n  keywords: yesterday\n", "  not in: past fiction\n",
             ["main.coach:6:16: error: unexpected text 'fiction'"]),
            ("a frame declared after the intent is fine", "", "  not in: past\nframe past\n  keywords: yesterday\n", []),
        ]
        for c in cases {
            let text = "start s\n" + c.frames + "intent x\n  keywords: knife\n" + c.fields + "state s\n  say: hi\n  on x -> s\n"
            XCTAssertEqual(PatternDiagnosticsTests.errors(text), c.expected, c.name)
        }
    }

    /// A block on lines 2-4 used by state `s` on line 12 (the `use:` line is given by each case).
    static func withBlock(_ blockLines: String, use: String, more: String = "") -> String {
        "start s\nblock answers(id)\n" + blockLines + "intent yes\n  keywords: yes\nintent no\n  keywords: no\n  negation: ignore\n"
            + "state s\n  say: hi\n" + use + "state metro_done\n  say: done\n  on no -> s\n" + more
    }

    func testBlockErrors() {
        let lines = "  on yes -> {id}_done\n  on no -> s\n"
        let cases: [(name: String, block: String, use: String, expected: [String])] = [
            ("unknown block with did-you-mean", lines, "  use: answer(metro)\n",
             ["main.coach:12:8: error: unknown block 'answer'; did you mean 'answers'?"]),
            ("too many arguments", lines, "  use: answers(metro, bus)\n",
             ["main.coach:12:3: error: block 'answers' takes 1 argument(s), not 2", "main.coach:2:7: note: the block is here"]),
            ("no arguments", lines, "  use: answers\n",
             ["main.coach:12:3: error: block 'answers' takes 1 argument(s), not 0", "main.coach:2:7: note: the block is here"]),
            ("use without a name", lines, "  use:\n",
             ["main.coach:12:7: error: expected a block name after 'use:'"]),
            ("unclosed arguments", lines, "  use: answers(metro\n",
             ["main.coach:12:21: error: expected ')'"]),
            ("unknown target inside the block, located in the block", "  on yes -> {id}_dne\n  on no -> s\n", "  use: answers(metro)\n",
             ["main.coach:3:13: error: unknown state 'metro_dne'; did you mean 'metro_done'?"]),
            ("unknown intent inside the block", "  on yse -> {id}_done\n  on no -> s\n", "  use: answers(metro)\n",
             ["main.coach:3:6: error: unknown intent 'yse'; did you mean 'yes'?"]),
            ("a syntax error inside the block", "  on yes => {id}_done\n  on no -> s\n", "  use: answers(metro)\n",
             ["main.coach:3:10: error: expected '->' and a target"]),
            ("an unknown field inside the block", "  sya: hi\n  on no -> s\n", "  use: answers(metro)\n",
             ["main.coach:3:3: error: 'sya' cannot be used in a block; did you mean 'say'?"]),
            ("use inside a block", "  use: answers(x)\n  on no -> s\n", "  use: answers(metro)\n",
             ["main.coach:3:3: error: 'use' cannot be used in a block"]),
            ("a block used twice reports its mistake once", "  sya: hi\n  on no -> s\n", "  use: answers(metro)\n  use: answers(bus)\n",
             ["main.coach:3:3: error: 'sya' cannot be used in a block; did you mean 'say'?"]),
            ("an unknown intent in a block used twice is reported once", "  on yse -> s\n", "  use: answers(metro)\n  use: answers(bus)\n",
             ["main.coach:3:6: error: unknown intent 'yse'; did you mean 'yes'?"]),
            ("a good block", lines, "  use: answers(metro)\n", []),
        ]
        for c in cases {
            XCTAssertEqual(PatternDiagnosticsTests.errors(Self.withBlock(c.block, use: c.use)), c.expected, c.name)
        }
    }

    func testBlockDefinedTwice() {
        let text = Self.withBlock("  on no -> s\n", use: "  use: answers(metro)\n", more: "block answers(x)\n  on yes -> s\n")
        XCTAssertEqual(PatternDiagnosticsTests.errors(text), [
            "main.coach:15:7: error: block 'answers' is defined twice", "main.coach:2:7: note: the first definition is here",
        ])
    }
}
