@testable import CoachCore
import XCTest

/// An intent marked `heard in labels: yes` picks the choice whose label it matches, when a typed answer matches it too
/// and no `on` line of the state did: one `enough` intent serves every "That's all for now" button.
final class HeardInLabelsTests: XCTestCase {
    private let script = """
    start reflect
    intent enough
      heard in labels: yes
      pattern: that [all|it|enough] [for now]? $
      pattern: that all i need
    intent next
      heard in labels: yes
      keywords: next, what now, now what
    intent practise
      keywords: practise, practice
    intent tense
      keywords: tense, nervous
    state reflect
      say: Anything to add?
      choice: Next steps -> next_steps
      choice: Practise for next time -> practice
      choice: That's all for now -> goodbye
      choice: Start again -> @restart
    state with_own_line
      say: Anything else?
      choice: That's all for now -> goodbye
      on enough -> practice
    state two_ways
      say: Which?
      choice: Next steps -> next_steps
      choice: What next? -> practice
    state next_steps
      say: n
    state practice
      say: p
    state goodbye
      say: g
    """

    private func state(after message: String, in start: String = "reflect") -> String {
        answer(message, in: start, of: script).session.state
    }

    func testAnAnswerMatchingALabelsIntentPicksIt() {
        let cases: [(answer: String, state: String)] = [
            ("ok that's all i need", "goodbye"),
            ("thats it", "goodbye"),
            ("so now what", "next_steps"),
            ("what now", "next_steps"),
        ]
        for c in cases { XCTAssertEqual(state(after: c.answer), c.state, c.answer) }
    }

    func testOnlyMarkedIntentsAreHeard() {
        // "practise" matches the label "Practise for next time" through an intent that is not marked: no pick (the
        // label's own words still pick it when the answer is inside the label).
        XCTAssertEqual(state(after: "id like to practice please"), "reflect")
        XCTAssertEqual(state(after: "practise"), "practice", "a choice by its words, as before")
    }

    func testTheStatesOwnLineComesFirst() {
        XCTAssertEqual(state(after: "that's all i need", in: "with_own_line"), "practice")
    }

    func testTwoLabelsHearingTheAnswerWithDifferentTargetsPickNone() {
        XCTAssertEqual(state(after: "so now what", in: "two_ways"), "two_ways")
    }

    func testTheTraceSaysHow() {
        let trace = answer("ok that's all i need", in: "reflect", of: script).trace
        XCTAssertTrue(trace.contains { $0.hasSuffix("choice 3 \"That's all for now\" picked by an intent its label and the message both match ('heard in labels') -> goodbye") },
                      "\(trace)")
    }

    func testNowAloneIsNoWordOfALabel() {
        // "what now" used to pick "That's all for now" by its one word, "now".
        let script = """
        start s
        state s
          say: More?
          choice: That's all for now -> goodbye
        state goodbye
          say: g
        """
        let engine = Engine(brain: brain(script))
        XCTAssertEqual(engine.respond(to: "what now", in: engine.newSession(seed: 1)).session.state, "s")
    }

    func testTheFieldTakesYesOrNo() {
        let bad = compile(["main.coach": "start s\nintent i\n  keywords: x\n  heard in labels: maybe\nstate s\n  say: hi\n  on i -> s\n"])
        XCTAssertEqual(bad.diagnostics.map { "\($0.location): \($0.message)" }, ["main.coach:4:20: heard in labels is 'no' or 'yes', not 'maybe'"])
        XCTAssertNotNil(compile(["main.coach": "start s\nintent i\n  keywords: x\n  heard in labels: no\nstate s\n  say: hi\n  on i -> s\n"]).brain)
    }

    func testTheLabelItCoversMostOfHearsItAndTheCacheKeepsIt() throws {
        // `next` is in "Next steps" (half its words) and "Practise for next time" (a quarter): the first hears it.
        // "Start again" leaves the conversation's place (@restart): it hears nothing.
        let restored = try archivedAndRead(brain(script))
        let reflect = try XCTUnwrap(restored.stateIDs["reflect"])
        XCTAssertEqual(restored.states[reflect].choices.map { $0.heardIntents.map { restored.intents[$0].name } },
                       [["next"], [], ["enough"], []])
    }
}
