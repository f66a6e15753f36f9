import Foundation
import CoachCore
import CoachFiles
import XCTest

/// `coach lint`'s checks over a whole script, and the code of every diagnostic.
final class LintTests: XCTestCase {
    func lint(_ text: String) -> [String] {
        let (script, _) = DialogueLoader.load(entry: "main.coach") { _ in .success(text) }
        let brain = Compiler.compile(script).brain
        return DiagnosticCatalogue.coded(Linter.check(script, brain: brain)).sortedByLocation().map {
            "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message) [\($0.code ?? "none")]"
        }
    }

    func testEachRegexAndLiteralsThatCanNeverMatch() {
        let found = lint("start s\nintent x\n  regex: \\bhe's Hit\\b\nstate s\n  say: hi\n  on x -> s\n")
        XCTAssertEqual(found, [
            "3:10: warning: prefer a word pattern to a regex: patterns are read once with every keyword, regexes run apart (see Dialogues/README.md) [W0402]",
            "3:14: warning: this regex can never match here: \"'s\" can never match: the normalised text has no apostrophes (\"didn't\" is \"did not\", \"he's\" is \"he\") [W0403]",
            "3:17: warning: upper case 'H' in a regex: the normalised text is all lower case (the match ignores case), so write it in lower case [W0404]",
        ])
    }

    func testDeadEndStates() {
        let found = lint("start s\nintent x\n  keywords: go\ninterrupt x -> s\nstate s\n  say: hi\n  choice: On -> t\nstate t\n  say: stuck\n")
        XCTAssertEqual(found, ["8:7: warning: state 't' is a dead end: no choice, 'on' line or 'goto' leads out of it, only the interrupts [W0501]"])
    }

    func testTwoIntentsOfOneStateMatchingAnExample() {
        let found = lint("""
        start s
        intent distract
          keywords: spill
          example: I'd spill my coffee and tell the driver
        intent delegate
          keywords: tell the driver
        state s
          say: hi
          on distract -> s
          on delegate -> s
        """)
        XCTAssertEqual(found, ["4:12: warning: intents 'distract' and 'delegate' both match this example, and state s listens for both: the words covered decide [W0502]"])
    }

    func testAnInterruptIsARivalOnlyWhereAStateRanksIt() {
        let script = { (ranked: String) in """
        start s
        interrupt scared -> s
        intent scared
          keywords: scared
        intent unsafe
          keywords: not safe
          example: I'm scared, I'm not safe
        state s
          say: hi
        \(ranked)
          on unsafe -> s
        """ }
        XCTAssertEqual(lint(script("")), [])
        XCTAssertEqual(lint(script("  not interrupted by: scared")), [
            "7:12: warning: intents 'unsafe' and 'scared' both match this example, and state s listens for both: the words covered decide [W0502]",
        ])
    }

    func testPracticeStatesMustHandleThePolicePlan() {
        let found = lint("""
        start scene
        interrupt police_plan -> emergency
        intent police_plan
          keywords: call the police
        intent plan_delegate
          keywords: tell the driver
        state scene
          tags: practice
          say: What do you do?
          on plan_delegate -> scene
        state scene_ok
          tags: practice
          say: Again?
          on plan_delegate, police_plan -> scene
        state emergency
          say: call 999
          goto: scene
        """)
        XCTAssertEqual(found, ["7:7: warning: practice state 'scene' does not handle the police plan: \"I'd call the police\" here launches the real emergency; add 'on police_plan -> ...' [W0503]"])
    }

    func testBlocksNoStateUses() {
        let found = lint("start s\nintent x\n  keywords: go\nblock used\n  on x -> s\nblock spare(id)\n  on x -> {id}_nowhere\nstate s\n  say: hi\n  use: used\n")
        XCTAssertEqual(found, ["6:7: warning: block 'spare' is never used: no state has 'use: spare', so its lines are not checked [W0504]"])
    }

    func testWordsWhoseStemIsALittleWord() {
        let found = lint("start s\nintent x\n  keywords: cricket innings, \"innings\" over, doing it\n  pattern: [used|using] to\nstate s\n  say: hi\n  on x -> s\n")
        XCTAssertEqual(found, [
            "3:13: warning: 'innings' is read as 'in', so it also matches every 'in'; write \"innings\" to match only that form [W0505]",
            "4:12: warning: 'used' is read as 'us', so it also matches every 'us'; write \"used\" to match only that form [W0505]",
            "4:12: warning: 'using' is read as 'us', so it also matches every 'us'; write \"using\" to match only that form [W0505]",
        ])
    }

    func testTwoLookBehindsInARow() {
        let found = lint("start s\nintent x\n  pattern: !i !and !then hit\n  pattern: ![i|and] hit\n  pattern: hit !him !her\nstate s\n  say: hi\n  on x -> s\n")
        XCTAssertEqual(found, [
            "3:12: warning: only the first '!' looks at the word before the match; the next looks at the match's first word: "
                + "write ![i|and|then] to exclude them all before it [W0506]",
        ])
    }

    func testPhrasesEndingInAnArticle() {
        let found = lint("start s\nintent x\n  pattern: hit ![so the|because] [the]? man\n  keywords: got a, a knife\nstate s\n  say: hi\n  on x -> s\n")
        XCTAssertEqual(found, [
            "3:12: warning: 'so the' is read as 'so': articles are dropped, so the phrase ends early; name the word after it or leave the article out [W0507]",
            "4:13: warning: 'got a' is read as 'got': articles are dropped, so the phrase ends early; name the word after it or leave the article out [W0507]",
        ])
    }

    func testOneLetterChatForms() {
        let found = lint("start s\nintent x\n  keywords: no, nope, n\n  pattern: [with|w] him\n  pattern: ^ and $\n  keywords: can u help, should you, should u\nstate s\n  say: hi\n  on x -> s\n")
        // "[with|w]" and "should you, should u" name the word beside the letter: the chat form on purpose, no warning.
        XCTAssertEqual(found, [
            "3:23: warning: 'n' reads as 'and': chat forms are read as the words they stand for, so it matches every 'and'; "
                + "write 'and', or match a lone 'n' with a whole-message pattern (^ and $) [W0510]",
        ])
        let alone = lint("start s\nintent x\n  keywords: can u help\nstate s\n  say: hi\n  on x -> s\n")
        XCTAssertEqual(alone, [
            "3:13: warning: 'u' reads as 'you': chat forms are read as the words they stand for, so it matches every 'you'; "
                + "write 'you', or match a lone 'u' with a whole-message pattern (^ you $) [W0510]",
        ])
    }

    func testDroppedGFormsBesideTheFullWord() {
        let found = lint("start s\nintent x\n  pattern: [walking|walkin] home\n  keywords: \"gettin\" hit, getting, cabin\nstate s\n  say: hi\n  on x -> s\n")
        XCTAssertEqual(found, [
            "3:12: warning: 'walkin' is the typed form of 'walking': a script word is never spell-corrected, so 'walkin' in a message "
                + "no longer matches the patterns written with 'walking'; write 'walking' only [W0508]",
            "4:13: warning: 'gettin' is the typed form of 'getting': a script word is never spell-corrected, so 'gettin' in a message "
                + "no longer matches the patterns written with 'getting'; write 'getting' only [W0508]",
        ])
    }

    func testEveryDiagnosticOfBrokenScriptsHasACode() {
        let scripts = [
            "stae x\n", "start s\nstate s\n  sya: hi\n", "start s\nstate s\n  keywords: a\n", "start s\nstate s\n  choice: Go s\n",
            "start s\nintent x\n  regex: (a\nstate s\n  on x -> s\n", "start s\nstate s\n  say: {name\n", "state s\n  say: hi\n",
            "start s\nstate s\n  say: hi {nmae}\n", "start s\nstate s\n  on yse -> s\n", "start s\nstate s\n  choice: Go -> t\n",
            "start s\nintent x\n  pattern: [a|b\nstate s\n  on x -> s\n", "start s\nintent x\n  pattern: ~nope\nstate s\n  on x -> s\n",
            "start s\nintent x\n  negation: maybe\n  keywords: a\nstate s\n  on x -> s\n", "start s\nstate s\n  goto: @repeat\n",
            "start s\nstate s\n  or: hi\n", "  say: hi\n", "start s\nstart t\nstate s\n", "start s\nstate s\n  goto: @bakc\n",
            "start s\nintent x\nstate s\n  on x -> s\n", "start s\nstate s\nstate s\n", "start s\nstate s\n  use: nope(a)\n",
            "start s\nframe f\nstate s\n", "start s\nintent x\n  keywords: a\n  not in: nope\nstate s\n  on x -> s\n",
            "start s\nintent x\n  pattern: ab* c\nstate s\n  on x -> s\n", "start s\nintent x\n  pattern: a *9 b\nstate s\n  on x -> s\n",
        ]
        for text in scripts {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coach-codes-\(UUID().uuidString)")
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            try? text.write(to: directory.appendingPathComponent("main.coach"), atomically: true, encoding: .utf8)
            let diagnostics = DialogueDirectory(path: directory.path).lint().diagnostics
            XCTAssertFalse(diagnostics.isEmpty, text)
            for diagnostic in diagnostics {
                XCTAssertNotNil(diagnostic.code, "no code for: \(diagnostic.message)")
            }
        }
    }

    func testCodesAreStableAndWellFormed() {
        for entry in DiagnosticCatalogue.entries {
            XCTAssertNotNil(entry.code.range(of: "^[EW][0-9]{4}$", options: .regularExpression), entry.code)
        }
        let unknown = Diagnostic(.error, "unknown directive 'stae'; did you mean 'state'?", at: SourceLocation(file: "f", line: 1, column: 1))
        XCTAssertEqual(DiagnosticCatalogue.code(for: unknown), "E0101")
        XCTAssertEqual(DiagnosticRenderer(sources: [:]).render(DiagnosticCatalogue.coded([unknown])),
                       "f:1:1: error: unknown directive 'stae'; did you mean 'state'? [E0101]\n")
    }

    func testTheReadmeListsEveryCode() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        for code in Set(DiagnosticCatalogue.entries.map(\.code)) {
            XCTAssertTrue(text.contains("| `\(code)` |"), "README.md does not list \(code)")
        }
    }

    /// Every message literal reported in CoachCore fits a catalogue entry of its severity, so a new
    /// diagnostic cannot ship without a code.
    func testEveryDiagnosticInTheSourcesHasACode() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CoachCore")
        let files = FileManager.default.enumerator(atPath: sources.path)?.allObjects.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Diagnostics/") } ?? []
        XCTAssertGreaterThan(files.count, 20)
        let call = try NSRegularExpression(pattern: #"(\.warning|\.error|error)\("((?:[^"\\]|\\.)*)""#)
        let interpolation = try NSRegularExpression(pattern: #"\\\((?:[^()]|\([^()]*\))*\)"#)
        var missing: [String] = []
        var scanned = 0
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in call.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let kind = String(text[Range(match.range(at: 1), in: text)!])
                var literal = String(text[Range(match.range(at: 2), in: text)!])
                literal = interpolation.stringByReplacingMatches(in: literal, range: NSRange(literal.startIndex..., in: literal), withTemplate: "X")
                literal = literal.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
                let diagnostic = Diagnostic(kind == ".warning" ? .warning : .error, literal, at: SourceLocation(file: file, line: 1, column: 1))
                scanned += 1
                if DiagnosticCatalogue.code(for: diagnostic) == nil { missing.append("\(file): \(literal)") }
            }
        }
        XCTAssertGreaterThan(scanned, 60)
        XCTAssertEqual(missing, [], "add these to DiagnosticCatalogue (and the README's table)")
    }
}
