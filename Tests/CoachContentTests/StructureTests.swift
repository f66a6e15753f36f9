import CoachCore
import Foundation
import XCTest

/// The dialogues as a whole: they load cleanly, every quick reply works, commands and safety
/// interrupts work from every state, fallbacks never dead-end, and Right now stays short.
final class StructureTests: XCTestCase {
    func testLoadsWithNoErrorsAndNoWarnings() {
        let diagnostics = CoachContent.loaded.diagnostics
        XCTAssertNotNil(CoachContent.loaded.brain)
        XCTAssertEqual(diagnostics.map { "\($0.location.file):\($0.location.line): \($0.message)" }, [])
    }

    /// Issue 8 and 9: no line of the scripts, transcripts or example files is over 200 characters (the
    /// evaluation sets under `evaluation/` are blind writers' messages, kept verbatim).
    func testNoScriptLineIsOver200Characters() throws {
        let root = URL(fileURLWithPath: CoachContent.path)
        let files = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var long: [String] = []
        var checked = 0
        for case let url as URL in files where ["coach", "test", "examples"].contains(url.pathExtension) {
            checked += 1
            let text = try String(contentsOf: url, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.count > 200 {
                long.append("\(url.path.dropFirst(root.path.count + 1)):\(number + 1): \(line.count) characters")
            }
        }
        XCTAssertGreaterThan(checked, 20, "the scripts were found")
        XCTAssertEqual(long, [])
    }

    func testEveryContractTagIsUsed() throws {
        let tags = Set(try CoachContent.brain().states.flatMap { $0.tags + $0.conditionalTags.flatMap(\.tags) })
        for tag in ["safety.check", "safety.emergency", "support.self", "d.menu", "d.distract", "d.delegate", "d.document",
                    "d.delay", "d.direct", "practice", "followup", "practice.caution"] {
            XCTAssertTrue(tags.contains(tag), tag)
        }
        XCTAssertFalse(tags.contains("fallback"), "the engine adds 'fallback' itself")
    }

    /// A quick reply sent back as text (as messaging apps do) picks that choice, never an interrupt.
    func testEveryChoiceLabelPicksItsChoice() throws {
        let brain = try CoachContent.brain()
        var problems: [String] = []
        for state in brain.states {
            for (index, choice) in state.choices.enumerated() {
                var chat = try Chat(in: state.name)
                let turn = chat.say(choice.label)
                let picked = turn.trace.contains { $0.contains("choice \(index + 1) \"\(choice.label)\" picked") }
                if !picked { problems.append("\(state.name): '\(choice.label)' -> \(chat.state) (intent \(turn.intent ?? "none"))") }
            }
        }
        XCTAssertEqual(problems, [])
    }

    func testEveryStateIsReachableAndEveryChoiceLeadsSomewhere() throws {
        let brain = try CoachContent.brain()
        for state in brain.states where !state.choices.isEmpty {
            for index in state.choices.indices {
                var chat = try Chat(in: state.name)
                chat.say("\(index + 1)")
                XCTAssertFalse(chat.last.replies.isEmpty && !chat.session.ended, "\(state.name) choice \(index + 1) says nothing")
            }
        }
    }

    /// In Right now (the safety check, the emergency guidance, the D menus and the Ds), every message
    /// has at most three sentences, quoted lines included.
    func testRightNowMessagesHaveAtMostThreeSentences() throws {
        let brain = try CoachContent.brain()
        let files = ["safety.coach", "right_now.coach", "five_ds.coach", "support.coach"]
        let ending = try NSRegularExpression(pattern: "[.!?]+[\"”')]*(\\s|$)")
        var tooLong: [String] = []
        var checked = 0
        for state in brain.states where files.contains(where: { state.location.file.hasSuffix("/" + $0) }) {
            for message in state.messages {
                for variant in message.variants {
                    let text = variant.source
                    let sentences = ending.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
                    checked += 1
                    if sentences > 3 { tooLong.append("\(state.name): \(text)") }
                }
            }
        }
        XCTAssertGreaterThan(checked, 100)
        XCTAssertEqual(tooLong, [])
    }

    func testEveryPracticeScenarioStateCarriesThePracticeTag() throws {
        let brain = try CoachContent.brain()
        let practice = brain.states.filter { $0.location.file.contains("/practice/") }
        XCTAssertGreaterThan(practice.count, 100)
        for state in practice { XCTAssertTrue(state.tags.contains("practice"), state.name) }
    }

    // MARK: Interrupts, from every state

    /// Danger interrupts every state; inside a practice scene a violent answer is a plan in the
    /// role-play (the scene's caution), unless the person says it is real.
    func testDangerInterruptsEveryState() throws {
        for state in try CoachContent.brain().states {
            var chat = try Chat(in: state.name, history: ["welcome"])
            let scene = state.name.split(separator: "_").first.map(String.init) ?? ""
            let rolePlay = state.location.file.contains("/practice/") && state.name != "practice_menu" && !state.name.hasSuffix("_debrief")
            chat.say("a man just pulled a knife on her")
            if rolePlay {
                // Told, not planned: one question whether it is real (a violent plan gets the caution:
                // Dialogues/tests/practice_feedback.test).
                XCTAssertEqual(chat.state, "practice_real_check", "\(scene): \(state.name)")
                XCTAssertTrue(chat.tags.contains("safety.check"), state.name)
                XCTAssertFalse(chat.tags.contains("safety.emergency"), state.name)
                chat.say("No, it's the role-play")
                XCTAssertEqual(chat.state, state.name)
                var real = try Chat(in: state.name, history: ["welcome"])
                real.say("omg a real guy next to me just pulled a knife")
                XCTAssertTrue(real.tags.contains("safety.emergency"), "\(state.name): \(real.state)")
                continue
            }
            XCTAssertEqual(chat.state, "emergency", state.name)
            XCTAssertTrue(chat.tags.contains("safety.emergency"), state.name)
            XCTAssertEqual(chat.last.intent, "danger", state.name)
        }
    }

    func testBeingTargetedLeadsToSupportFromEveryState() throws {
        let brain = try CoachContent.brain()
        for state in brain.states {
            var chat = try Chat(in: state.name)
            chat.say("he keeps touching me and I don't know what to do")
            XCTAssertTrue(chat.tags.contains("support.self"), state.name)
            // The writer's own steps rank self_target with their lines ('not interrupted by'): "I don't know what to do"
            // there is their options, still their support.
            if state.notInterruptedBy.contains(where: { brain.intents[$0].name == "self_target" }) {
                let ranked = ["support_self": "support_options", "support_options": "support_self", "support_resources_list": "support_options"]
                guard let reached = ranked[state.name] else { XCTFail("\(state.name) ranks self_target: add it here"); continue }
                XCTAssertEqual(chat.state, reached, state.name)
                continue
            }
            // Said to the emergency guidance, the writer is the one at risk in an emergency: their support with the
            // number first (the state's own button "I'm the person at risk" goes there too).
            XCTAssertEqual(chat.state, state.name == "emergency" ? "support_danger" : "support_self", state.name)
        }
    }

    func testCommandsWorkFromEveryState() throws {
        for state in try CoachContent.brain().states {
            var help = try Chat(in: state.name)
            help.say("help")
            XCTAssertEqual(help.state, "help", state.name)

            var restart = try Chat(in: state.name, slots: ["setting": "work", "risk": "high"])
            restart.say("restart")
            XCTAssertEqual(restart.state, "welcome", state.name)
            XCTAssertEqual(restart.session.slots, [:], state.name)

            var quit = try Chat(in: state.name)
            quit.say("stop")
            XCTAssertTrue(quit.session.ended, state.name)
            XCTAssertTrue(quit.text.contains("Take care"), state.name)

            var back = try Chat(in: state.name, history: ["learn_menu"])
            back.say("back")
            XCTAssertEqual(back.state, "learn_menu", state.name)
        }
    }

    func testCommandVariants() throws {
        for quit in ["stop", "Stop.", "/quit", "quit", "please stop", "bye", "exit", "I want to stop"] {
            var chat = try Chat(in: "d_menu_standard")
            chat.say(quit)
            XCTAssertTrue(chat.session.ended, quit)
        }
        for help in ["help", "/help", "help please", "what can you do?"] {
            var chat = try Chat(in: "d_delay")
            chat.say(help)
            XCTAssertEqual(chat.state, "help", help)
        }
        for restart in ["restart", "start over", "/restart"] {
            var chat = try Chat(in: "reflect")
            chat.say(restart)
            XCTAssertEqual(chat.state, "welcome", restart)
        }
    }

    /// Commands only count as the whole message: these describe situations, they don't quit.
    func testCommandWordsInsideSentencesDoNotFire() throws {
        let cases = [
            ("he won't stop touching her", "safety_check"),
            ("a man won't stop talking to her and she wants to leave", "safety_check"),
            ("she wants to go back home but he keeps talking to her", "safety_check"),
            ("I need help, a guy is harassing a woman at my work", "safety_check"),
        ]
        for (message, state) in cases {
            var chat = try Chat()
            chat.say(message)
            XCTAssertFalse(chat.session.ended, message)
            XCTAssertEqual(chat.state, state, message)
        }
        var inMenu = try Chat()
        inMenu.say(Path.standardMenu)
        inMenu.say("I'd tell him to stop")
        XCTAssertEqual(inMenu.state, "d_direct")
        XCTAssertFalse(inMenu.session.ended)
    }

    func testHelpThenBackReturns() throws {
        var chat = try Chat()
        chat.say(Path.standardMenu)
        chat.say("help")
        XCTAssertEqual(chat.state, "help")
        XCTAssertTrue(chat.text.contains("stop"))
        chat.say("back")
        XCTAssertEqual(chat.state, "d_menu_standard")
    }

    // MARK: Fallbacks

    func testFirstUnknownMessageGetsTheGreeting() throws {
        let engine = try CoachContent.engine()
        let turn = engine.respond(to: "hmm", in: engine.newSession(seed: 3))
        XCTAssertEqual(turn.session.state, "welcome")
        XCTAssertFalse(turn.tags.contains("fallback"))
        XCTAssertTrue(turn.replies.first?.text.contains("AllyCoach") ?? false)
    }

    func testFallbackRephrasesThenOffersNumberedMenu() throws {
        var chat = try Chat()
        chat.say(Path.standardMenu)
        chat.say("purple monkey dishwasher")
        XCTAssertEqual(chat.state, "d_menu_standard")
        XCTAssertEqual(chat.tags, ["fallback", "d.menu"])
        XCTAssertTrue(chat.text.hasPrefix("Sorry, I didn't quite follow."))
        XCTAssertTrue(chat.text.contains("Which would you try"))
        chat.say("banana")
        XCTAssertTrue(chat.text.contains("Reply with a number (or type stop to leave)"))
        XCTAssertEqual(chat.choices.first, "Distract: start an ordinary chat with the person targeted")
        XCTAssertFalse(chat.text.contains("1. Distract"), "the choices go out once, as choices")
        chat.say("2")
        XCTAssertEqual(chat.state, "d_delegate")
    }

    func testFallbackInTheSafetyCheckKeepsAsking() throws {
        var ask = try Chat(in: "safety_check")
        ask.say("the weather is nice")
        XCTAssertTrue(ask.tags.contains("fallback"))
        XCTAssertTrue(ask.tags.contains("safety.check"))
        XCTAssertTrue(ask.text.contains("immediate physical danger"))
    }

    func testUnrecognisedPracticeAnswerGetsHelpNotAFallback() throws {
        var chat = try Chat(in: "stammer_scene")
        chat.say("purple")
        XCTAssertEqual(chat.state, "stammer_other")
        XCTAssertTrue(chat.tags.contains("practice"))
        chat.say("Give me a hint")
        XCTAssertEqual(chat.state, "stammer_hint")
    }
}
