import CoachCore
import XCTest

/// Context frames: each scope, `not in:`, `only in:`, a frame's `unless:`, and negation as a frame.
final class FrameTests: XCTestCase {
    static let script = """
    start s
    concept time_unit: week, month, year
    frame past
      keywords: yesterday, last ~time_unit, years ago, used to
      unless: used to it
    frame story
      scope: sentence
      keywords: in the film, in a game
    frame joke
      scope: message
      keywords: haha, lol
    frame self
      keywords: at me, to me
    frame maybe
      scope: ahead 2
      keywords: if, suppose
    intent danger
      keywords: knife, hit
      not in: past, story, joke, maybe
    intent after
      keywords: hit
      only in: past
    intent targeted
      keywords: shouting
      only in: self, story
    state s
      say: hi
      on danger, after, targeted -> s

    """

    static func intents(_ brain: Brain, _ message: String) -> [String] {
        brain.analyze(message).hits.keys.map { brain.intents[$0].name }.sorted()
    }

    func testScopesAndOnlyIn() {
        let brain = brain(Self.script)
        let cases: [(name: String, message: String, intents: [String])] = [
            ("no frame", "he hit her", ["danger"]),
            ("clause: cancels in its clause", "yesterday he hit her", ["after"]),
            ("clause: a concept in a frame keyword", "last month he hit her", ["after"]),
            ("clause: not past a comma", "yesterday was fine, he has a knife", ["danger"]),
            ("clause: not past 'but'", "he used to be kind but now he has a knife", ["danger"]),
            ("clause: each mention on its own", "yesterday he hit her, now he has a knife", ["after", "danger"]),
            ("frame unless: 'used to it' is not the past", "he is used to it with a knife", ["danger"]),
            ("frame unless: only where it matches", "he used to hit her", ["after"]),
            ("sentence: across a comma", "in the film, he hit her", []),
            ("sentence: not into the next sentence", "I saw it in the film. now he has a knife", ["danger"]),
            ("message: before the mention", "haha he has a knife", []),
            ("message: after the mention", "he has a knife. lol", []),
            ("ahead 2: right before", "if a knife", []),
            ("ahead 2: one content word between", "if big knife", []),
            ("ahead 2: words it passes over", "if any really big knife", []),
            ("ahead 2: two content words are too far", "if big sharp knife", ["danger"]),
            ("ahead: only forward", "a knife if", ["danger"]),
            ("only in: inside the frame", "he keeps shouting at me", ["targeted"]),
            ("only in: outside the frame", "he keeps shouting at her", []),
            ("only in: any of its frames", "in a game they were shouting", ["targeted"]),
        ]
        for c in cases { XCTAssertEqual(Self.intents(brain, c.message), c.intents, c.name) }
    }

    func testTracesNameTheFrameAndItsWords() {
        let brain = brain(Self.script)
        let analysis = brain.analyze("Yesterday he hit her. lol")
        XCTAssertEqual(analysis.frames.map { "\($0.frame): \($0.words)" }, ["past: yesterday", "joke: lol"])
        XCTAssertEqual(analysis.discarded, [
            "danger: keyword \"hit\" on \"hit\" is cancelled by frame past (\"yesterday\")",
        ])
        let outside = brain.analyze("he hit her")
        XCTAssertEqual(outside.discarded, ["after: keyword \"hit\" on \"hit\" is not inside frame past"])
        let excluded = brain.analyze("used to it")
        XCTAssertEqual(excluded.frames.map(\.frame), [], "a frame's unless removes it from the trace too")
    }

    func testRestOfClauseAndRestOfSentence() {
        let brain = brain("""
        start s
        frame hypothetical
          scope: rest of clause
          keywords: if
        frame supposed
          scope: rest of sentence
          keywords: suppose
        intent danger
          keywords: knife
          not in: hypothetical, supposed
        state s
          say: hi
          on danger -> s

        """)
        let cases: [(name: String, message: String, intents: [String])] = [
            ("rest of clause: after the word", "if he has a knife", []),
            ("rest of clause: not before it", "he has a knife if you ask", ["danger"]),
            ("rest of clause: not past a comma", "if he comes, he has a knife", ["danger"]),
            ("rest of sentence: past a comma", "suppose he comes, he has a knife", []),
            ("rest of sentence: not before it", "he has a knife, suppose", ["danger"]),
            ("rest of sentence: not into the next sentence", "suppose so. he has a knife", ["danger"]),
        ]
        for c in cases { XCTAssertEqual(Self.intents(brain, c.message), c.intents, c.name) }
    }

    func testUndoneByReachesTheWholeScope() {
        let brain = brain("""
        start s
        frame sport
          scope: sentence
          keywords: boxing, sparring
          unless: boxing day
          undone by: not sparring, this is real
        frame joke
          scope: clause
          keywords: lol
          undone by: not joking
        intent danger
          keywords: hitting
          not in: sport, joke
        state s
          say: hi
          on danger -> s

        """)
        let cases: [(name: String, message: String, intents: [String])] = [
            ("the frame alone cancels", "at boxing he is hitting a boy", []),
            ("undone anywhere in its sentence, not only on its words", "at boxing he is hitting a boy, this is not sparring", ["danger"]),
            ("before the frame's words too", "this is real, at boxing he is hitting a boy", ["danger"]),
            ("not from another sentence", "this is real. at boxing he is hitting a boy", []),
            ("a clause frame is undone only in its clause", "lol he is hitting her, not joking", []),
            ("in its clause", "lol not joking he is hitting her", ["danger"]),
            ("unless still works on the frame's own words", "on boxing day he is hitting a boy", ["danger"]),
        ]
        for c in cases { XCTAssertEqual(Self.intents(brain, c.message), c.intents, c.name) }
        let trace = brain.analyze("at boxing he is hitting a boy, this is not sparring")
        XCTAssertEqual(trace.frames.map { "\($0.frame): \($0.words)" }, ["sport undone by: not sparring"],
                       "the undoing words are traced, and the frame they undo is not")
    }

    static let negationScript = """
    start s
    frame negation
      scope: ahead 3
      keywords: not, no, never, nobody
      unless: no doubt
    intent danger
      keywords: knife, danger
    intent calm
      keywords: calm
      negation: ignore
    state s
      say: hi
      on danger, calm -> s

    """

    static let builtinScript = negationScript.replacingOccurrences(of: """
    frame negation
      scope: ahead 3
      keywords: not, no, never, nobody
      unless: no doubt

    """, with: "")

    func testNegationIsAFrame() {
        let declared = brain(Self.negationScript)
        let builtin = brain(Self.builtinScript)
        XCTAssertEqual(builtin.frames.map(\.name), [])
        let cases: [(name: String, message: String, declared: [String], builtin: [String])] = [
            ("negated", "he does not have a knife", [], []),
            ("a word it passes over", "not really in danger", [], []),
            ("oh no is an exclamation", "oh no he has a knife", ["danger"], ["danger"]),
            ("oh no before the mention", "oh no a knife", ["danger"], ["danger"]),
            ("oh no, with a comma", "oh no, a knife", ["danger"], ["danger"]),
            ("plain no", "no knife", [], []),
            ("no, the answer refused", "he took no knife", ["danger"], ["danger"]),
            ("no said before a noun still negates", "the sign says no knife", [], []),
            ("a new subject ends it", "no he has a knife", ["danger"], ["danger"]),
            ("too far", "never seen such a big sharp knife", ["danger"], ["danger"]),
            ("the frame's unless", "no doubt a knife", ["danger"], []),
            ("the script's words replace the built-in ones", "he came without a knife", ["danger"], []),
            ("negation: ignore", "not calm", ["calm"], ["calm"]),
            ("a clause break ends it", "nobody helped, a knife", ["danger"], ["danger"]),
        ]
        for c in cases {
            XCTAssertEqual(Self.intents(declared, c.message), c.declared, "declared: " + c.name)
            XCTAssertEqual(Self.intents(builtin, c.message), c.builtin, "built-in: " + c.name)
        }
        XCTAssertEqual(declared.analyze("he does not have a knife").discarded,
                       ["danger: keyword \"knife\" on \"knife\" is cancelled by frame negation (\"not\")"])
    }
}
