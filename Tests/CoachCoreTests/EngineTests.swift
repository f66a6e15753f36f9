import CoachCore
import XCTest

final class EngineTests: XCTestCase {
    let engine = Engine(brain: exampleBrain())

    func testStartGreetsWithSeededVariantAndChoices() {
        let turn = engine.start(seed: 1)
        XCTAssertEqual(turn.replies, [
            Reply(text: "Hello, I'm the example coach."),
            Reply(text: "Where are you?", choices: ["At work", "On the street", "Practise a scene"]),
        ])
        XCTAssertEqual(turn.session.state, "welcome")
        XCTAssertEqual(turn.tags, ["greeting"])
        XCTAssertEqual(engine.start(seed: 1).replies, turn.replies, "same seed, same words")
        let variants = Set((0..<20).map { engine.start(seed: UInt64($0)).replies[0].text })
        XCTAssertEqual(variants, ["Hi, I'm the example coach.", "Hello, I'm the example coach."])
    }

    /// Each conversation: messages and, per turn, the expected state, intent and tags.
    func testConversations() {
        let cases: [(name: String, messages: [String], context: [String: String], expected: [(state: String, intent: String?, tags: [String])])] = [
            ("choice by number then plan by intent", ["2", "no", "I'd tell the driver"], [:], [
                ("setting_chosen", nil, []), ("plan", "no", ["d.menu"]), ("done", "delegate", ["d.delegate", "followup"]),
            ]),
            ("choice by words, exact label, goto with condition", ["at work", "nope", "distract"], [:], [
                ("setting_chosen", nil, []), ("plan", "no", ["d.menu"]), ("done", nil, ["d.distract", "followup"]),
            ]),
            ("intent in first message skips small talk", ["I'm on the metro"], [:], [("setting_chosen", "street", [])]),
            ("danger interrupts any state, then back", ["1", "he has a knife", "continue"], [:], [
                ("setting_chosen", nil, []), ("emergency", "danger", ["safety.emergency"]), ("setting_chosen", nil, []),
            ]),
            ("negated danger does not interrupt", ["1", "nobody has a knife"], [:], [
                ("setting_chosen", nil, []), ("plan", "no", ["d.menu"]),
            ]),
            ("fallback escalates to a numbered menu", ["hello", "purple", "banana"], [:], [
                ("welcome", nil, ["greeting"]), ("welcome", nil, ["fallback", "greeting"]), ("welcome", nil, ["fallback", "greeting"]),
            ]),
            ("quit interrupt ends", ["bye"], [:], [("goodbye", "quit", [])]),
            ("restart clears slots", ["1", "restart"], [:], [("setting_chosen", nil, []), ("welcome", "restart", ["greeting"])]),
            ("practice scene with on any", ["3", "I would say nothing"], [:], [
                ("scene", nil, ["practice"]), ("done", nil, ["practice", "followup"]),
            ]),
        ]
        for c in cases {
            let turns = play(engine, c.messages, context: c.context)
            XCTAssertEqual(turns.map(\.session.state), c.expected.map(\.state), c.name)
            XCTAssertEqual(turns.map(\.intent), c.expected.map(\.intent), c.name)
            XCTAssertEqual(turns.map(\.tags), c.expected.map(\.tags), c.name)
        }
    }

    func testTemplatesConditionsAndRegion() {
        let street = play(engine, ["2"])[0]
        XCTAssertEqual(street.replies.map(\.text), ["On the street, staff or the driver can help.", "Your setting is street. Is anyone hurt?"])
        let uk = play(engine, ["knife"], context: ["region": "uk"])[0]
        XCTAssertEqual(uk.replies.map(\.text), ["Call 999 now and keep a safe distance."])
        let delegateUK = play(engine, ["1", "no", "2"], context: ["region": "uk"])[2]
        XCTAssertEqual(delegateUK.replies.map(\.text), ["On the train, text British Transport Police on 61016.", "Later, check in with them: \"Are you okay?\""])
    }

    func testFallbackTexts() {
        let turns = play(engine, ["hello", "purple", "banana"])
        XCTAssertEqual(turns[1].replies, [Reply(text: "Sorry, I didn't catch that. Are you at work or on the street?")])
        XCTAssertEqual(turns[2].replies, [Reply(text: "Let's make it easier. Reply with a number:",
                                                choices: ["At work", "On the street", "Practise a scene"])])
    }

    func testGotoToBuiltInTargetsIsBounded() {
        let brain = brain("start a\nstate a\n  set: x = 1\n  say: hi\n  goto if x: @restart\nstate b\n  say: b\n  goto: @back\n")
        let turn = Engine(brain: brain).start(seed: 1)
        XCTAssertEqual(turn.session.state, "a")
        XCTAssertEqual(turn.replies.count, Engine.maxHopsForTesting, "stopped by the hop limit, not the stack")
        XCTAssertEqual(turn.trace.last, "  stopped after 32 automatic moves: the script loops")
    }

    func testFallbackRepeatsOnlyWhatWasSaid() {
        let brain = brain("start s\nintent x\n  keywords: x\nstate s\n  say if a: said when a\n  say if not a: said when not a\n  on x -> s; set a = 1\n")
        let engine = Engine(brain: brain)
        let turns = play(engine, ["hello", "zzz"])
        XCTAssertEqual(turns[1].replies.map(\.text), ["Sorry, I didn't quite get that. said when not a"])
    }

    func testComingBackTwiceKeepsThePlaceToReturnTo() {
        let session = play(engine, ["1"])[0].session
        let first = engine.resume(session)
        let second = engine.resume(first.session)
        XCTAssertEqual(second.session.history.last, "setting_chosen")
        XCTAssertEqual(engine.respond(to: "yes", in: second.session).session.state, "setting_chosen")
    }

    func testEndedConversationStartsAgain() {
        let ended = play(engine, ["bye"])[0]
        XCTAssertTrue(ended.ended)
        XCTAssertEqual(ended.replies.map(\.text), ["Take care."])
        let again = engine.respond(to: "2", in: ended.session)
        XCTAssertEqual(again.session.state, "setting_chosen")
        XCTAssertFalse(again.ended)
    }

    func testResumeRaisesReturningState() {
        let session = play(engine, ["1"])[0].session
        let back = engine.resume(session)
        XCTAssertEqual(back.session.state, "welcome_back")
        XCTAssertEqual(back.replies.map(\.text), ["Welcome back. Last time you were at work.", "Shall we carry on?"])
        XCTAssertEqual(engine.respond(to: "yes", in: back.session).session.state, "setting_chosen")
    }

    func testSessionStateRoundTripsThroughJSONAndReplaysExactly() throws {
        let session = play(engine, ["1"], seed: 42)[0].session
        let data = try JSONEncoder().encode(session)
        let decoded = try JSONDecoder().decode(SessionState.self, from: data)
        XCTAssertEqual(decoded, session)
        XCTAssertEqual(engine.respond(to: "no", in: decoded).replies, engine.respond(to: "no", in: session).replies)
    }

    func testTraceExplainsTheTurn() {
        let turn = play(engine, ["1", "he didn't hit her but he has a knife"])[1]
        XCTAssertEqual(turn.trace, [
            "in state setting_chosen: \"he did not hit her but he has knife\"",
            "  ignored danger: keyword \"hit\" on \"hit\" is cancelled by frame negation (\"not\")",
            "  interrupt danger matched keyword \"knife\" on \"knife\" -> emergency",
        ])
    }

    func testGraphExport() {
        let dot = GraphExport.dot(engine.brain)
        XCTAssertTrue(dot.hasPrefix("digraph coach {\n"))
        XCTAssertTrue(dot.contains(#"  "welcome" -> "setting_chosen" [label="\"At work\""];"#), dot)
        XCTAssertTrue(dot.contains(#"  "distract" -> "work_note" [label="goto if setting = work", style=dashed];"#), dot)
        XCTAssertTrue(dot.contains(#"  "*" -> "emergency" [label="danger", color=red];"#), dot)
    }
}
