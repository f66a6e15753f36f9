import CoachCore
import XCTest

/// Errors in word patterns, concepts and `like:`, with their exact text and file:line:column.
final class PatternDiagnosticsTests: XCTestCase {
    /// The errors (and their notes) of a script, rendered `file:line:col: severity: message`.
    static func errors(_ text: String) -> [String] {
        compile(["main.coach": text]).diagnostics.filter { $0.severity != .warning }
            .flatMap { [$0] + $0.notes }.map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
    }

    /// A script whose intent `x` has one `pattern:` line (line 3; the pattern starts at column 12) and a keyword,
    /// so a broken pattern does not also leave the intent without evidence.
    static func withPattern(_ pattern: String, concepts: String = "") -> String {
        "start s\nintent x\n  pattern: \(pattern)\n  keywords: help\nstate s\n  say: hi\n  on x -> s\n" + concepts
    }

    func testWordPatternErrors() {
        let cases: [(name: String, pattern: String, expected: [String])] = [
            ("bracket never closed", "[hit|kick her",
             ["main.coach:3:12: error: '[' is never closed: add ']'"]),
            ("closing bracket without opening", "hit] her",
             ["main.coach:3:15: error: ']' without an opening '['"]),
            ("bar outside brackets", "hit | kick",
             ["main.coach:3:16: error: '|' without an opening '['"]),
            ("empty alternative in the middle", "[hit||kick] her",
             ["main.coach:3:17: error: empty alternative: write a word between '|' and ']'"]),
            ("empty alternative at the end", "[hit|] her",
             ["main.coach:3:17: error: empty alternative: write a word between '|' and ']'"]),
            ("empty brackets", "[] her",
             ["main.coach:3:13: error: empty alternative: write a word between '|' and ']'"]),
            ("gap too long", "hit *9 her",
             ["main.coach:3:16: error: a gap is '*1' to '*8' words"]),
            ("gap of zero", "hit *0 her",
             ["main.coach:3:16: error: a gap is '*1' to '*8' words"]),
            ("gap made optional", "hit *? her",
             ["main.coach:3:16: error: a gap is already optional: '*N' means up to N words"]),
            ("not on a gap", "hit !*2 her",
             ["main.coach:3:16: error: '!' cannot apply to a gap"]),
            ("not followed by a space", "hit ! her",
             ["main.coach:3:16: error: expected a word, a concept or '[' after '!'"]),
            ("not at the end", "hit !",
             ["main.coach:3:16: error: expected a word, a concept or '[' after '!'"]),
            ("prefix of two letters", "st* her",
             ["main.coach:3:12: error: a word beginning needs 3 or more letters (or digits) before '*'"]),
            ("prefix inside brackets", "[kick|hi*] her",
             ["main.coach:3:18: error: a word beginning needs 3 or more letters (or digits) before '*'"]),
            ("tilde without a name", "hit ~ her",
             ["main.coach:3:16: error: expected a concept name after '~'"]),
            ("question mark alone", "hit ?",
             ["main.coach:3:16: error: unexpected '?'"]),
            ("only optional words", "hit? [her|him]?",
             ["main.coach:3:12: error: this pattern has no word it must match"]),
            ("only a negation", "!hit",
             ["main.coach:3:12: error: this pattern has no word it must match"]),
            ("nothing after the colon", "",
             ["main.coach:3:12: error: expected a pattern after ':'"]),
            ("columns count characters", "caf\u{E9} [hit|",
             ["main.coach:3:17: error: '[' is never closed: add ']'",
              "main.coach:3:22: error: empty alternative: write a word between '|' and ']'"]),
            ("every mistake of a line", "[|hit] *12 st*",
             ["main.coach:3:13: error: empty alternative: write a word between '|' and ']'",
              "main.coach:3:19: error: a gap is '*1' to '*8' words",
              "main.coach:3:23: error: a word beginning needs 3 or more letters (or digits) before '*'"]),
            ("quote never closed", "hit \"her",
             ["main.coach:3:16: error: the quote is never closed: add '\"'"]),
            ("two words in quotes", "\"hit her\"",
             ["main.coach:3:12: error: a quoted word is one word: \"hit her\" reads as \"hit her\""]),
            ("a list where one pattern goes", "water rising, dropped her",
             ["main.coach:3:24: error: a comma in a pattern: 'pattern:' holds one pattern; list several with 'keywords:'"]),
            ("a quoted contraction is two words", "it \"wasnt\"",
             ["main.coach:3:15: error: a quoted word is one word: \"wasnt\" reads as \"was not\""]),
            ("digits before '*' are enough", "in 19*", []),
            ("an article alone in brackets is left out", "[the] knife", []),
            ("a good pattern", "!not ~person [is|was]? hit* *2 [her|him] !back", []),
        ]
        let person = "concept person: man, woman\n"
        for c in cases {
            XCTAssertEqual(Self.errors(Self.withPattern(c.pattern, concepts: person)), c.expected, c.name)
        }
    }

    func testKeywordListErrors() {
        let cases: [(name: String, line: String, expected: [String])] = [
            ("empty item", "  keywords: knife, , gun",
             ["main.coach:3:20: error: empty item in the list"]),
            ("leading comma", "  keywords: , gun",
             ["main.coach:3:13: error: empty item in the list"]),
            ("nothing after the colon", "  keywords:",
             ["main.coach:3:12: error: empty item in the list"]),
            ("a trailing comma is fine", "  keywords: knife, gun,", []),
            ("error in the second item", "  keywords: knife, [gun",
             ["main.coach:3:20: error: '[' is never closed: add ']'"]),
            ("unless items are patterns too", "  keywords: knife\n  unless: butter *20 knife",
             ["main.coach:4:18: error: a gap is '*1' to '*8' words"]),
        ]
        for c in cases {
            let text = "start s\nintent x\n\(c.line)\n  pattern: help\nstate s\n  say: hi\n  on x -> s\n"
            XCTAssertEqual(Self.errors(text), c.expected, c.name)
        }
    }

    func testConceptErrors() {
        let head = "start s\nintent x\n  keywords: ~weapon\nstate s\n  say: hi\n  on x -> s\n"
        let cases: [(name: String, concepts: String, expected: [String])] = [
            ("unknown concept in a pattern, with did-you-mean", "concept weapn: knife\n",
             ["main.coach:3:13: error: unknown concept '~weapon'; did you mean 'weapn'?"]),
            ("unknown concept, nothing close", "concept tool: hammer\n",
             ["main.coach:3:13: error: unknown concept '~weapon'"]),
            ("unknown included concept", "concept weapon: knife, ~blads\nconcept blades: sword\n",
             ["main.coach:7:24: error: unknown concept '~blads'; did you mean 'blades'?"]),
            ("two concepts include each other", "concept weapon: knife, ~blade\nconcept blade: sword, ~weapon\n",
             ["main.coach:8:23: error: concepts include each other: weapon -> blade -> weapon"]),
            ("a concept includes itself", "concept weapon: knife, ~weapon\n",
             ["main.coach:7:24: error: concepts include each other: weapon -> weapon"]),
            ("a cycle of three", "concept weapon: ~a\nconcept a: ~b\nconcept b: ~weapon\n",
             ["main.coach:9:12: error: concepts include each other: weapon -> a -> b -> weapon"]),
            ("a cycle through a phrase member", "concept weapon: knife, ~blade sharp\nconcept blade: sword, big ~weapon\n",
             ["main.coach:8:27: error: concepts include each other: weapon -> blade -> weapon"]),
            ("a phrase member uses its own concept", "concept weapon: knife, big ~weapon\n",
             ["main.coach:7:28: error: concepts include each other: weapon -> weapon"]),
            ("defined twice", "concept weapon: knife\nconcept weapon: gun\n",
             ["main.coach:8:9: error: concept 'weapon' is defined twice", "main.coach:7:9: note: the first definition is here"]),
            ("a gap in a member is allowed", "concept weapon: knife, big * knife\n", []),
            ("an error inside an indented member line", "concept weapon\n  knife, [gun\n",
             ["main.coach:8:10: error: '[' is never closed: add ']'"]),
            ("a field name under a concept", "concept weapon\n  keywords: knife, gun\n",
             ["main.coach:8:3: error: a concept lists its members without a field name: write them without 'keywords:'"]),
            ("concepts used before they are declared", "concept weapon: ~blade, stab*\nconcept blade: machete, butcher knife\n", []),
        ]
        for c in cases {
            XCTAssertEqual(Self.errors(head + c.concepts), c.expected, c.name)
        }
    }

    func testLikeErrors() {
        let cases: [(name: String, intents: String, expected: [String])] = [
            ("unknown intent with did-you-mean", "intent a\n  keywords: x\n  like: dangr\nintent danger\n  keywords: knife\n",
             ["main.coach:4:9: error: unknown intent 'dangr'; did you mean 'danger'?"]),
            ("like itself", "intent a\n  keywords: x\n  like: a\nintent danger\n  keywords: knife\n",
             ["main.coach:4:9: error: 'like:' goes round in a circle back to 'a'"]),
            ("two intents like each other", "intent a\n  keywords: x\n  like: danger\nintent danger\n  keywords: knife\n  like: a\n",
             ["main.coach:4:9: error: 'like:' goes round in a circle back to 'danger'",
              "main.coach:7:9: error: 'like:' goes round in a circle back to 'a'"]),
            ("a chain into a cycle reports the cycle once per line",
             "intent a\n  keywords: x\n  like: danger\nintent danger\n  keywords: knife\n  like: b\nintent b\n  keywords: y\n  like: danger\n",
             ["main.coach:7:9: error: 'like:' goes round in a circle back to 'b'",
              "main.coach:10:9: error: 'like:' goes round in a circle back to 'danger'"]),
            ("a chain to an unknown intent reports it once",
             "intent a\n  keywords: x\n  like: danger\nintent danger\n  keywords: knife\n  like: nowhere\n",
             ["main.coach:7:9: error: unknown intent 'nowhere'"]),
            ("like with two names", "intent a\n  keywords: x\n  like: danger, b\nintent danger\n  keywords: knife\n",
             ["main.coach:4:15: error: 'like:' takes one intent name, not ', b'"]),
            ("like without a name", "intent a\n  keywords: x\n  like:\nintent danger\n  keywords: knife\n",
             ["main.coach:4:8: error: expected an intent name after 'like:'"]),
            ("no evidence of its own is fine with like", "intent a\n  like: danger\nintent danger\n  keywords: knife\n", []),
        ]
        for c in cases {
            let text = "start s\n" + c.intents + "state s\n  say: hi\n  on a, danger -> s\n"
            XCTAssertEqual(Self.errors(text), c.expected, c.name)
        }
    }
}
