import CoachCore
import XCTest

/// What word patterns match: the words each (pattern, message) pair matches, or nil.
final class WordPatternMatchingTests: XCTestCase {
    static let concepts = """
    concept weapon: knife, gun, butcher knife, stab*, ~firearm
    concept firearm: pistol, rifle
    concept threat: pulled ~weapon, ~weapon out
    concept person
      man, woman
      my friend
    concept neg: did not, never
    concept sharp: !butter knife, blade
    concept grab: grabbed * arm

    """

    /// The words intent `x` (negation ignored) matches in `message`, or nil.
    static func matched(_ pattern: String, _ message: String, field: String = "pattern") -> String? {
        let text = "start s\n" + concepts + "intent x\n  negation: ignore\n  \(field): \(pattern)\nstate s\n  say: hi\n  on x -> s\n"
        let brain = brain(text)
        return brain.analyze(message).hit(brain.intentID("x")!).map { String($0.words) }
    }

    func check(_ cases: [(name: String, pattern: String, message: String, words: String?)], file: StaticString = #filePath, line: UInt = #line) {
        for c in cases {
            XCTAssertEqual(Self.matched(c.pattern, c.message), c.words, c.name, file: file, line: line)
        }
    }

    func testWordsAndPhrases() {
        check([
            ("plural by stem", "knife", "he has knives", "knives"),
            ("past tense by stem", "kick", "she was kicked", "kicked"),
            ("the pattern's word is stemmed too", "kicking", "he kicks", "kicks"),
            ("irregular plural", "man", "two men outside", "men"),
            ("case and accents", "cafe", "at the CAF\u{C9}", "cafe"),
            ("another word", "knife", "he has a fork", nil),
            ("a word inside a longer word", "kick", "kickboxing", nil),
            ("phrase", "pulled knife", "he pulled a knife", "pulled a knife"),
            ("articles dropped on both sides", "the knife", "a knife", "knife"),
            ("phrase with a word between", "pulled knife", "he pulled out a knife", nil),
            ("phrase in the wrong order", "pulled knife", "knife pulled", nil),
            ("contraction in the pattern", "can't breathe", "she cannot breathe", "can not breathe"),
            ("contraction in the message", "do not know", "I don't know", "do not know"),
            ("phrase across a sentence", "pulled knife", "he pulled. knife", nil),
            ("phrase across a comma", "pulled knife", "he pulled, knife", "pulled, knife"),
        ])
    }

    func testConcepts() {
        check([
            ("a member", "~weapon", "he has a gun", "gun"),
            ("a member by stem", "~weapon", "two guns", "guns"),
            ("an included concept's member", "~weapon", "he has a pistol", "pistol"),
            ("a phrase member, longest wins", "~weapon", "a butcher knife", "butcher knife"),
            ("a word-beginning member", "~weapon", "stabby guy", "stabby"),
            ("a phrase with a concept in it", "~threat", "he pulled a rifle", "pulled a rifle"),
            ("a phrase ending in a concept", "~threat", "got his stabber out", "stabber out"),
            ("indented members", "~person", "a woman", "woman"),
            ("an indented phrase member", "~person", "my friend is here", "my friend"),
            ("concept in a pattern", "~person [is|was] hit", "my friend was hit", "my friend was hit"),
            ("not a member", "~weapon", "a spoon", nil),
            ("a phrase member needs all its words", "~person", "my dog", nil),
        ])
    }

    func testAlternativesAndOptionalWords() {
        check([
            ("first alternative", "[hit|punched] her", "he hit her", "hit her"),
            ("second alternative", "[hit|punched] her", "he punched her", "punched her"),
            ("no alternative", "[hit|punched] her", "he kissed her", nil),
            ("alternative of several words", "[shoved|pushed over] her", "he pushed over her", "pushed over her"),
            ("alternative with a concept", "[~firearm|bat] out", "a rifle out", "rifle out"),
            ("longest alternative wins", "[knife|knife block]", "the knife block", "knife block"),
            ("optional word present", "he really? hit her", "he really hit her", "he really hit her"),
            ("optional word absent", "he really? hit her", "he hit her", "he hit her"),
            ("optional alternatives", "[is|was]? following her", "he was following her", "was following her"),
            ("optional alternatives absent", "[is|was]? following her", "following her", "following her"),
            ("optional at the end is taken when there", "hit her hard?", "hit her hard", "hit her hard"),
        ])
    }

    func testGaps() {
        check([
            ("gap of none", "grabbed * arm", "grabbed arm", "grabbed arm"),
            ("gap of two", "grabbed * arm", "grabbed her by the arm", "grabbed her by the arm"),
            ("gap of three", "grabbed * arm", "grabbed her hard by the arm", "grabbed her hard by the arm"),
            ("gap of four is too long", "grabbed * arm", "grabbed her very hard by the arm", nil),
            ("bounded gap", "grabbed *1 arm", "grabbed her arm", "grabbed her arm"),
            ("bounded gap too long", "grabbed *1 arm", "grabbed her by arm", nil),
            ("gap of eight", "grabbed *8 arm", "grabbed one two three four five six seven arm", "grabbed one two three four five six seven arm"),
            ("never across a full stop", "grabbed * arm", "he grabbed it. my arm hurts", nil),
            ("never across a question mark", "grabbed * arm", "grabbed? arm", nil),
            ("never across a semicolon", "grabbed * arm", "grabbed it; arm", nil),
            ("across a comma", "grabbed * arm", "grabbed her, arm", "grabbed her, arm"),
            ("the next sentence matches on its own", "grabbed * arm", "grabbed it. grabbed my arm", "grabbed my arm"),
        ])
    }

    func testNegativeWords() {
        check([
            ("not preceded: preceded", "!feel safe", "I feel safe", nil),
            ("not preceded: something else", "!feel safe", "I am safe", "safe"),
            ("not preceded: at the start", "!feel safe", "safe now", "safe"),
            ("not preceded: by stem", "!feel safe", "she feels safe", nil),
            ("not preceded: from the last sentence", "!feel safe", "I feel. safe", "safe"),
            ("not preceded by a concept", "!~person safe", "the woman safe", nil),
            ("not preceded by a concept's phrase", "!~neg hit", "he did not hit her", nil),
            ("not preceded: a phrase must end just before", "!~neg hit", "not hit", "hit"),
            ("a phrase overlapping the match is not before it", "!~weapon knife", "a butcher knife", "knife"),
            ("a concept member with '!' before it", "~sharp", "the butter knife", nil),
            ("a concept member with '!' before it, not there", "~sharp", "a sharp knife", "knife"),
            ("not followed: followed", "kill !time", "just to kill time", nil),
            ("not followed: something else", "kill !time", "he will kill him", "kill"),
            ("not followed: at the end", "kill !time", "he will kill", "kill"),
            ("not followed: by the next sentence", "kill !time", "kill. time", "kill"),
            ("not followed by alternatives", "kill ![time|it]", "kill it", nil),
            ("not in the middle", "pulled !out knife", "pulled knife", "pulled knife"),
        ])
    }

    func testWordBeginnings() {
        check([
            ("the beginning alone", "stab*", "he tried to stab", "stab"),
            ("a longer word", "stab*", "he stabbed him", "stabbed"),
            ("capitals", "stab*", "STABBING", "stabbing"),
            ("the beginning must be at the start", "stab*", "establish", nil),
            ("on the word, not the stem", "knive*", "knives", "knives"),
            ("in a phrase", "threat* to kill", "threatened to kill", "threatened to kill"),
            ("optional beginning", "stab*? him", "him", "him"),
        ])
    }

    func testExactWordsAnchorsDigitsAndGapsThatStopAtNegation() {
        check([
            ("quoted: that word", "\"training\"", "my training", "training"),
            ("quoted: not another form", "\"training\"", "they trained", nil),
            ("quoted: not the stem", "\"knife\"", "two knives", nil),
            ("start: at the start", "^ stop", "stop it", "stop"),
            ("start: not later", "^ stop", "please stop", nil),
            ("start: of the message, not of a sentence", "^ stop", "ok. stop", nil),
            ("end: of the sentence", "paramedic $", "Paramedic. Long night", "paramedic"),
            ("end: not before another word", "paramedic $", "paramedic is here", nil),
            ("end: of the message", "^ [help|help me] $", "help me", "help me"),
            ("end: after a gap", "stop * $", "stop it now. ok", "stop it now"),
            ("digits: a year", "in 19*", "in 1999", "in 1999"),
            ("digits: another year", "in 19*", "in 2009", nil),
            ("digits: alternatives", "in [19*|20*]", "back in 2009", "in 2009"),
            ("beginning ending in e: -ing", "force*", "forcing her", "forcing"),
            ("beginning ending in e: -ed", "force*", "he forced", "forced"),
            ("beginning ending in e: itself", "force*", "forces", "forces"),
            ("beginning ending in e: not another word", "force*", "a fork", nil),
            ("gap: skips other words", "want * hurt", "I want to hurt", "want to hurt"),
            ("gap: never skips a negation", "want * hurt", "I want nobody to hurt", nil),
            ("gap: never skips not", "want * hurt", "want to not hurt", nil),
            ("a concept member with a gap", "~grab", "he grabbed her by the arm", "grabbed her by the arm"),
        ])
    }

    func testLongestEvidenceWins() {
        let text = "start s\n" + Self.concepts + """
        intent x
          keywords: knife
          pattern: pulled * knife
        state s
          say: hi
          on x -> s

        """
        let brain = brain(text)
        let cases: [(name: String, message: String, words: String, score: Int, evidence: String)] = [
            ("the pattern is longer", "he pulled a big knife", "pulled a big knife", 3, "pattern at main.coach:13"),
            ("only the keyword", "he has a knife", "knife", 1, "keyword \"knife\""),
            ("the longer of two mentions", "knife. he pulled out his knife", "pulled out his knife", 4, "pattern at main.coach:13"),
        ]
        for c in cases {
            let hit = brain.analyze(c.message).hit(brain.intentID("x")!)
            XCTAssertEqual(hit.map { String($0.words) }, c.words, c.name)
            XCTAssertEqual(hit?.score, c.score, c.name)
            XCTAssertEqual(hit?.evidence, c.evidence, c.name)
        }
    }

    func testKeywordsAndUnlessArePatterns() {
        let text = "start s\n" + Self.concepts + """
        intent x
          keywords: ~weapon, stab*, pulled * knife
          unless: butter knife, water gun
        state s
          say: hi
          on x -> s

        """
        let brain = brain(text)
        let cases: [(message: String, words: String?)] = [
            ("he stabbed someone", "stabbed"),
            ("pass the butter knife", nil),
            ("a water gun", nil),
            ("he pulled a long knife", "pulled a long knife"),
            ("a water gun and a knife", "knife"),
        ]
        for c in cases {
            XCTAssertEqual(brain.analyze(c.message).hit(brain.intentID("x")!).map { String($0.words) }, c.words, c.message)
        }
    }

    /// Every word of a long message is looked at, however many patterns the index holds.
    func testLongMessagesMissNothing() {
        let text = """
        start s
        concept late: gamma
        concept early: beta
        intent a
          keywords: alpha
        intent b
          keywords: beta
        intent c
          pattern: alpha ~early
        intent d
          keywords: ~late
        state s
          say: hi
          on a, b, c, d -> s

        """
        let brain = brain(text)
        let filler = String(repeating: "x ", count: 4_095)
        let first = brain.analyze("beta " + filler + "alpha")
        XCTAssertEqual(first.hits.keys.sorted().map { brain.intents[$0].name }, ["a", "b"], "a keyword at word 4,096")
        let second = brain.analyze("alpha delta " + String(repeating: "x ", count: 65_535) + "gamma")
        XCTAssertEqual(second.hits.keys.sorted().map { brain.intents[$0].name }, ["a", "d"], "a concept at word 65,537")
    }
}
