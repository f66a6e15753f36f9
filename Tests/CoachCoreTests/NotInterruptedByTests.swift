@testable import CoachCore
import XCTest

/// A state's `not interrupted by: INTENT, ...`: those interrupts do not decide first there; their intents are ranked with
/// the state's `on` lines by the words they cover, and one with no unconditional `on` line in the state gets a line after
/// the state's own, with its own target (so it loses their ties). "I'm scared" at "Are you safe?" is the state's own answer
/// (not safe), not the feelings interrupt.
final class NotInterruptedByTests: XCTestCase {
    private let script = """
    start ask
    interrupt feelings -> feelings_step
    interrupt danger -> emergency
    intent feelings
      pattern: i am *1 [scared|shaking]
    intent not_safe
      pattern: i am *1 scared
      pattern: not safe
    intent danger
      keywords: knife
    intent thanks
      keywords: thanks
    state ask
      not interrupted by: feelings
      say: Are you safe?
      on not_safe -> unsafe
      on thanks -> closing
    state with_own_line
      not interrupted by: feelings
      say: Anything else?
      on not_safe -> unsafe
      on feelings -> closing
    state with_a_condition
      not interrupted by: feelings
      say: Anything else?
      on feelings if calm -> closing
    state from_a_block
      use: ranked
      say: From a block
      on not_safe -> unsafe
    block ranked
      not interrupted by: feelings
    state elsewhere
      say: Where?
      on not_safe -> unsafe
    state feelings_step
      say: f
    state unsafe
      say: u
    state emergency
      say: e
    state closing
      set: calm = yes
      say: c
    """

    private func state(after message: String, in start: String) -> String {
        answer(message, in: start, of: script).session.state
    }

    func testTheInterruptRanksWithTheStatesLines() {
        let cases: [(state: String, answer: String, reached: String)] = [
            // A tie on words covered goes to the state's own line, written first.
            ("ask", "i am scared", "unsafe"),
            // Only the interrupt's intent matched: its own target, ranked last.
            ("ask", "i am shaking", "feelings_step"),
            // It covers more words than the state's line: it wins by words.
            ("ask", "thanks i am shaking", "feelings_step"),
            // Elsewhere the interrupt decides first, as always.
            ("elsewhere", "i am scared", "feelings_step"),
            // The state's own line for it is ranked too, by its words: a tie goes to the line written first.
            ("with_own_line", "i am scared", "unsafe"),
            ("with_own_line", "i am shaking", "closing"),
            // Its own line's condition does not hold: the interrupt's own target, ranked after the state's lines.
            ("with_a_condition", "i am shaking", "feelings_step"),
            // Named in a block the state uses.
            ("from_a_block", "i am scared", "unsafe"),
            // Other interrupts still decide first.
            ("ask", "i am scared, he has a knife", "emergency"),
        ]
        for c in cases { XCTAssertEqual(state(after: c.answer, in: c.state), c.reached, "\(c.state): \(c.answer)") }
    }

    func testCoachMatchSaysItRankedWithTheLines() throws {
        let ranked = try XCTUnwrap(brain(script).explain("i am shaking", inState: "ask"))
        XCTAssertEqual(ranked.route, .rankedInterrupt)
        XCTAssertEqual(ranked.route.description,
                       "an interrupt this state ranks with its 'on' lines ('not interrupted by'), covering the most words (ties: the state's own lines first)")
        let explanation = try XCTUnwrap(brain(script).explain("i am scared", inState: "ask"))
        XCTAssertEqual(explanation.route, .onLine)
        XCTAssertEqual(explanation.losers.map { "\($0.intent): \($0.reason)" },
                       ["feelings: tie on words covered: the first line wins ('not_safe')"])
    }

    func testMistakesAreReportedWhereTheyAreWithTheirCodes() {
        let cases: [(source: String, diagnostics: [String], codes: [String])] = [
            // An intent with no interrupt line.
            ("start s\nintent i\n  keywords: x\nstate s\n  not interrupted by: i\n  say: hi\n  on i -> s\n",
             ["main.coach:5:23: 'i' has no interrupt line: 'not interrupted by' names interrupts"], ["E0218"]),
            // An interrupt named twice.
            ("start s\ninterrupt i -> s\nintent i\n  keywords: x\nstate s\n  not interrupted by: i, i\n  say: hi\n",
             ["main.coach:6:26: 'i' is named twice in 'not interrupted by'"], ["E0219"]),
            // An interrupt whose target is unknown is that mistake only, not E0218 too.
            ("start s\ninterrupt i -> nowhere\nintent i\n  keywords: x\nstate s\n  not interrupted by: i\n  say: hi\n",
             ["main.coach:2:16: unknown state 'nowhere'"], ["E0201"]),
        ]
        for c in cases {
            let result = compile(["main.coach": c.source])
            XCTAssertNil(result.brain, c.source)
            XCTAssertEqual(result.diagnostics.map { "\($0.location): \($0.message)" }, c.diagnostics, c.source)
            XCTAssertEqual(result.diagnostics.compactMap { DiagnosticCatalogue.code(for: $0) }, c.codes, c.source)
        }
    }

    func testTheCacheKeepsIt() throws {
        let restored = try archivedAndRead(brain(script))
        let ask = try XCTUnwrap(restored.stateIDs["ask"])
        XCTAssertEqual(restored.states[ask].notInterruptedBy.map { restored.intents[$0].name }, ["feelings"])
        XCTAssertEqual(answer("i am scared", in: "ask", by: restored).session.state, "unsafe")
    }
}
