import CoachCore
import XCTest

/// `Brain.explain`: what a message matches, and which intent wins in a state and why the others lost.
final class ExplainTests: XCTestCase {
    let script = """
    start menu
    interrupt danger -> emergency
    interrupt police -> emergency
    intent danger
      keywords: knife, hit
    intent police
      keywords: call the police
    intent distract
      keywords: ask for the time, spill
    intent delegate
      keywords: tell the driver, tell staff
    intent direct
      keywords: tell him to stop
    intent chat
      keywords: weather
    state menu
      say: Which?
      choice: Distract -> distract
      choice: Delegate -> delegate
      on distract -> distract
      on delegate -> delegate
      on direct if brave -> direct
    state distract
      say: ok
      choice: Be brave -> menu; set brave = yes
      on any -> menu
    state delegate
      say: ok
      on any -> menu
    state direct
      say: ok
      on any -> menu
    state emergency
      say: call 999
      on any -> menu
    """

    func explain(_ message: String, in state: String? = nil, slots: [String: String] = [:]) throws -> MatchExplanation {
        try XCTUnwrap(brain(script).explain(message, inState: state, slots: slots))
    }

    func testMostWordsCoveredWinsAndTheOthersSayWhy() throws {
        let e = try explain("I'd spill my coffee then tell the driver", in: "menu")
        XCTAssertEqual(e.words, "i would spill my coffee then tell driver")
        XCTAssertEqual(e.matches.map(\.intent), ["distract", "delegate"])
        XCTAssertEqual(e.matches.map(\.source), [.keyword("spill"), .keyword("tell the driver")])
        XCTAssertEqual(e.outcome, .intent("delegate", target: "delegate"))
        XCTAssertEqual(e.route, .onLine)
        XCTAssertEqual(e.losers, [.init(intent: "distract", reason: .fewerWords(own: 1, winner: "delegate", winnerWords: 2))])
        XCTAssertEqual(e.losers[0].reason.description, "most words covered: 1 against 2 for 'delegate'")
    }

    func testTiesGoToTheFirstLine() throws {
        let e = try explain("spill, tell staff", in: "menu")
        XCTAssertEqual(e.outcome, .intent("delegate", target: "delegate"))
        let e2 = try explain("tell staff and spill", in: "menu")
        XCTAssertEqual(e2.decidingIntent, "delegate")
        let tie = try explain("spill or weather or ask for the time", in: "menu")
        XCTAssertEqual(tie.decidingIntent, "distract")
        XCTAssertEqual(tie.losers, [.init(intent: "chat", reason: .notListened)])
    }

    func testInterruptsComeFirstInTheirOrder() throws {
        let e = try explain("call the police, he has a knife, tell the driver", in: "menu")
        XCTAssertEqual(e.outcome, .intent("danger", target: "emergency"))
        XCTAssertEqual(e.route, .interrupt)
        XCTAssertEqual(e.losers, [.init(intent: "police", reason: .interruptOrder(winner: "danger")),
                                  .init(intent: "delegate", reason: .interruptFirst(winner: "danger"))])
    }

    func testAChoiceByNumberOrLabelComesBeforeTheOnLines() throws {
        let e = try explain("2", in: "menu")
        XCTAssertEqual(e.outcome, .choice("Delegate", target: "delegate"))
        XCTAssertEqual(e.route, .choiceByNumber)
        let label = try explain("distract", in: "menu")
        XCTAssertEqual(label.route, .choiceByLabel)
    }

    func testConditionsAndStatesThatDoNotListen() throws {
        let e = try explain("tell him to stop", in: "menu")
        XCTAssertEqual(e.outcome, .fallback)
        XCTAssertEqual(e.losers, [.init(intent: "direct", reason: .conditionFails("brave"))])
        let brave = try explain("tell him to stop", in: "menu", slots: ["brave": "yes"])
        XCTAssertEqual(brave.decidingIntent, "direct")
        let elsewhere = try explain("tell him to stop", in: "distract")
        XCTAssertEqual(elsewhere.outcome, .any(target: "menu"))
        XCTAssertEqual(elsewhere.losers, [.init(intent: "direct", reason: .notListened)])
    }

    func testFirstMessageByDefaultAndDiscardedEvidence() throws {
        let e = try explain("nobody has a knife")
        XCTAssertTrue(e.isFirstMessage)
        XCTAssertEqual(e.state, "menu")
        XCTAssertEqual(e.matches, [])
        XCTAssertEqual(e.discarded, ["danger: keyword \"knife\" on \"knife\" is cancelled by frame negation (\"nobody\")"])
        XCTAssertNil(brain(script).explain("hi", inState: "nowhere"))
    }

    func testNoticedIntentsSetTheirSlotAndDoNotDecide() throws {
        let noticing = brain(script.replacingOccurrences(of: "  on direct if brave -> direct", with: "  notice: chat\n  on direct if chat -> direct")
            .replacingOccurrences(of: "set brave = yes", with: "set brave = yes, chat = no"))
        let e = try XCTUnwrap(noticing.explain("tell him to stop, nice weather", inState: "menu"))
        XCTAssertEqual(e.decidingIntent, "direct", "the noticed slot is set before the condition is read")
        XCTAssertEqual(e.losers, [.init(intent: "chat", reason: .noticedOnly)])
    }

    func testTheTraceShowsTheLosers() {
        let engine = Engine(brain: brain(script))
        var session = engine.newSession(seed: 1)
        session.greeted = true
        let turn = engine.respond(to: "I'd spill my coffee then tell the driver", in: session)
        XCTAssertTrue(turn.trace.contains("  lost: distract: most words covered: 1 against 2 for 'delegate'"), "\(turn.trace)")
    }
}
