import Foundation
@testable import CoachCore
import XCTest

final class MatcherTests: XCTestCase {
    let script = """
    start s
    intent danger
      keywords: knife, hit, can not breathe, weapon, gun, punch, danger, die
      regex: \\bthreat\\w* to kill\\b
      unless: shooting a video, killer joke
    intent quit
      keywords: quit, stop
      match: whole
    intent no
      keywords: no, nobody
      negation: ignore
    state s
      say: hi
      on danger -> s
      on quit -> s
      on no -> s
    """

    func matched(_ message: String) -> [String] {
        let brain = brain(script)
        return brain.analyze(message).hits.keys.sorted().map { brain.intents[$0].name }
    }

    func testKeywordsNegationExclusionsAndWholeMessage() {
        let cases: [(message: String, intents: [String])] = [
            ("he has a knife", ["danger"]),
            ("he has knives", ["danger"]),
            ("he's hitting her", ["danger"]),
            ("nobody has a knife", ["no"]),
            ("he didn't hit her", []),
            ("I don't think anyone is in danger, no weapon", ["no"]),
            ("no, he has a knife", ["danger", "no"]),
            ("No he has a knife", ["danger", "no"]),
            ("she can't breathe", ["danger"]),
            ("he is threatening to kill him", ["danger"]),
            ("he is not threatening to kill anyone", []),
            ("that was a killer joke", []),
            ("I'm shooting a video", []),
            ("stop", ["quit"]),
            ("stop please", ["quit"]),
            ("he won't stop touching her", []),
            ("he didn't hit her but now he has a knife", ["danger"]),
            ("he can't stop punching her", ["danger"]),
            ("nobody is stopping him hitting her", ["danger", "no"]),
            ("oh no a man has a gun", ["danger", "no"]),
            ("I don't know what to do there's a knife", ["danger"]),
            ("Nobody helped \u{2014} a man has a knife", ["danger", "no"]),
            ("no-one is in danger", ["no"]),
            ("she is dying", ["danger"]),
            ("he died", ["danger"]),
        ]
        for c in cases { XCTAssertEqual(matched(c.message), c.intents, c.message) }
    }

    func testEvidenceIsReported() {
        let brain = brain(script)
        let analysis = brain.analyze("He is THREATENING to kill them")
        let hit = try! XCTUnwrap(analysis.hit(brain.intentID("danger")!))
        XCTAssertEqual(hit.evidence, "regex /\\bthreat\\w* to kill\\b/")
        XCTAssertEqual(hit.words, "threatening to kill")
        XCTAssertEqual(hit.score, 3)
        let negated = brain.analyze("he didn't hit her")
        XCTAssertEqual(negated.discarded, ["danger: keyword \"hit\" on \"hit\" is cancelled by frame negation (\"not\")"])
        let long = brain.analyze(String(repeating: "knife ", count: 10_000))
        XCTAssertEqual(long.hit(brain.intentID("danger")!)?.words, "knife", "a long message is analysed in linear time")
    }

    func testRegexRequirementsAreSound() {
        let cases: [(String, [String]?)] = [
            ("\\bthreat\\w* to kill\\b", ["threat"]),
            ("(hit|punch)(ing|es)?", ["hit", "punch"]),
            ("hits?", ["hit"]),
            ("(?:foo)?bar", ["bar"]),
            ("\\d+", nil),
            ("knife|\\d+", nil),
            ("^(ok|okay)$", nil),
            ("(?!never)stab", ["stab"]),
            ("[abc]pistol", ["pistol"]),
            ("\\bkick(\\w+\\s+){0,2}?her", ["kick"]),
            ("\\x41bc knife", nil),
            ("(?x) knife # comment", nil),
            (String(repeating: "(", count: 5_000) + "knife" + String(repeating: ")", count: 5_000), nil),
        ]
        for (pattern, expected) in cases {
            XCTAssertEqual(RegexRequirement.literals(in: pattern), expected, pattern)
        }
    }
}

final class RegexPrefilterTests: XCTestCase {
    func testRequirementsAreSetsOfWordsAtWordStarts() {
        let requirement = RegexRequirement.requirement(in: #"\bi will (kill|hurt) (you|her)\b"#)
        XCTAssertEqual(requirement, [
            [RequiredWord(text: "will", atWordStart: true)],
            [RequiredWord(text: "kill", atWordStart: true), RequiredWord(text: "hurt", atWordStart: true)],
            [RequiredWord(text: "you", atWordStart: true), RequiredWord(text: "her", atWordStart: true)],
        ])
        XCTAssertEqual(RegexRequirement.requirement(in: "glass(ed|ing) (her|him)"), [
            [RequiredWord(text: "glass", atWordStart: true)],
            [RequiredWord(text: "her", atWordStart: true), RequiredWord(text: "him", atWordStart: true)],
        ])
        XCTAssertEqual(RegexRequirement.requirement(in: #"x?knife\s*blade"#), [
            [RequiredWord(text: "knife", atWordStart: false)], [RequiredWord(text: "blade", atWordStart: false)],
        ])
    }

    func testWordBoundaryHoistedBeforeLookbehinds() {
        let cases: [(String, String)] = [
            (#"(?<!\bi )(?<!\b(mom|dad) (is )?)\b(will|would) kill\b"#, #"\b(?<!\bi )(?<!\b(mom|dad) (is )?)(will|would) kill\b"#),
            (#"(?<=[(]x)\bkill"#, #"\b(?<=[(]x)kill"#),
            (#"\bkill"#, #"\bkill"#),
            (#"(?<!a)kill\b"#, #"(?<!a)kill\b"#),
            (#"(?<!a"#, #"(?<!a"#),
        ]
        for (pattern, tuned) in cases { XCTAssertEqual(RegexTuning.hoistWordBoundary(pattern), tuned, pattern) }
        let original = try! NSRegularExpression(pattern: cases[0].0, options: [.caseInsensitive])
        let hoisted = try! NSRegularExpression(pattern: cases[0].1, options: [.caseInsensitive])
        for text in ["he will kill her", "i will kill it", "my mom is will kill", "dad would kill", "x would kill y"] {
            let range = NSRange(location: 0, length: (text as NSString).length)
            XCTAssertEqual(original.matches(in: text, range: range).map(\.range), hoisted.matches(in: text, range: range).map(\.range), text)
        }
    }

    func testCandidatesNeedEveryRequiredWord() {
        var index = IntentIndex()
        index.addPattern(intent: 0, regex: try! NSRegularExpression(pattern: #"\bi will (kill|hurt) (you|her)\b"#), source: #"\bi will (kill|hurt) (you|her)\b"#)
        index.seal()
        let cases: [(String, [Int])] = [
            ("i will film it", []),
            ("i will hurt her", [0]),
            ("i swill kill there", []),
            ("she will kill you", [0]),
        ]
        for (text, expected) in cases { XCTAssertEqual(index.candidatePatterns(for: text), expected, text) }
    }
}
