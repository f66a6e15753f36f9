@testable import CoachCore
import XCTest

/// The last reading of a typed answer before the fallback, in a state with `choices: loose`: the one choice whose label
/// shares a word with it. A state is exact by default.
final class SharedWordChoiceTests: XCTestCase {
    private let script = """
    start menu
    state menu
      choices: loose
      say: Which one?
      choice: Ally principles -> principles
      choice: Who can help -> helpers
      choice: Talk about how I feel -> feelings
      choice: Back to where we were -> @back
    state principles
      say: p
    state helpers
      say: h
    state feelings
      say: f
    state done
      say: d
    state careful
      say: Is it over?
      choice: It's over or it happened earlier -> done
      choice: Someone still needs help -> helpers
    state taking_any
      choices: loose
      say: Anything?
      choice: Ally principles -> principles
      on any -> done
    """

    private func state(after message: String, in start: String = "menu") -> String {
        answer(message, in: start, of: script).session.state
    }

    func testOneLabelSharingAWordIsPicked() {
        let cases: [(answer: String, state: String)] = [
            ("the principles thing", "principles"),
            ("the general principles", "principles"),
            ("is there anyone who could help her", "helpers"),
            ("i'd rather talk it through", "feelings"),
        ]
        for c in cases { XCTAssertEqual(state(after: c.answer), c.state, c.answer) }
    }

    func testNoPickWhenItIsNotClear() {
        let cases: [(answer: String, why: String)] = [
            ("principles or help", "two labels share a word"),
            ("not the principles", "the answer negates"),
            ("go back", "the one label sharing a word leaves the conversation's place (@back)"),
            ("who now", "a word of three letters or fewer (\"who\", on \"Who can help\") is not a shared word"),
            ("purple banana", "no label shares a word"),
        ]
        for c in cases { XCTAssertEqual(state(after: c.answer), "menu", c.why) }
    }

    func testAStateIsExactByDefault() {
        XCTAssertEqual(state(after: "he went over to her again", in: "careful"), "careful")
        XCTAssertEqual(state(after: "Someone still needs help", in: "careful"), "helpers", "all of a label's words still pick it")
    }

    func testOnAnyComesFirst() {
        XCTAssertEqual(state(after: "the principles thing", in: "taking_any"), "done")
    }

    func testAnAnswerThatNegatesTakesOnlyALabelThatNegates() {
        let script = """
        start ask
        state ask
          say: Are you safe?
          choice: I'm safe for now -> options
          choice: I don't feel safe -> danger
        state options
          say: o
        state danger
          say: d
        """
        let engine = Engine(brain: brain(script))
        func reply(_ answer: String) -> String { engine.respond(to: answer, in: engine.newSession(seed: 1)).session.state }
        XCTAssertEqual(reply("safe for now? no hes still here"), "ask", "a negated answer is not the label without a negation")
        XCTAssertEqual(reply("safe for now"), "options")
        XCTAssertEqual(reply("not safe"), "danger")
    }

    func testTheTraceSaysHow() {
        let trace = answer("the principles thing", in: "menu", of: script).trace
        XCTAssertEqual(trace.first, "in state menu: \"principles thing\"")
        XCTAssertTrue(trace.contains { $0.hasSuffix("by the one label sharing a word with it -> principles") }, "\(trace)")
    }

    func testChoicesFieldTakesExactOrLoose() {
        let bad = compile(["main.coach": "start s\nstate s\n  say: hi\n  choices: maybe\n"])
        XCTAssertEqual(bad.diagnostics.map { "\($0.location): \($0.message)" }, ["main.coach:4:12: expected 'loose' or 'exact' after 'choices:'"])
        XCTAssertNotNil(compile(["main.coach": "start s\nstate s\n  say: hi\n  choices: exact\n"]).brain)
    }
}
