import CoachCore
import XCTest

/// Every practice scenario: the scene, an answer for each D with specific feedback, trying again,
/// and the debrief.
final class PracticeTests: XCTestCase {
    /// Scenario id, its number in the menu, and a phrase from its scene.
    static let scenarios: [(id: String, number: Int, scene: String)] = [
        ("metro", 1, "metro platform"), ("interns", 2, "Blondes have more fun"), ("spa", 3, "spa day"),
        ("color", 4, "I don't see color"), ("stammer", 5, "stammer"), ("pronouns", 6, "they/them"),
        ("credit", 7, "Great idea, Ben"), ("clothes", 8, "dressing to impress"), ("partner", 9, "bank card"),
        ("groupchat", 10, "group chat"), ("explain", 11, "forecasting model"), ("meme", 12, "women drivers"),
    ]

    /// One answer in the person's own words for each D.
    static let answers: [(d: String, text: String)] = [
        ("distract", "I'd change the subject and start chatting to them about something else"),
        ("delegate", "I'd tell a manager what happened"),
        ("document", "I'd write down exactly what was said, with the time"),
        ("delay", "I'd check in with them afterwards and ask if they're okay"),
        ("direct", "I'd say that's not okay and tell him to stop"),
        ("nothing", "honestly I'd probably just stay out of it"),
    ]

    func testTheMenuOffersAtLeastTenScenarios() throws {
        var chat = try Chat()
        chat.say("2")
        XCTAssertEqual(chat.state, "practice_menu")
        XCTAssertTrue(chat.tags.contains("practice"))
        XCTAssertGreaterThanOrEqual(chat.choices.count, 10)
    }

    func testEveryScenarioEveryDThenDebrief() throws {
        for scenario in Self.scenarios {
            for answer in Self.answers {
                var chat = try Chat()
                chat.say(["2", "\(scenario.number)"])
                XCTAssertEqual(chat.state, "\(scenario.id)_scene")
                XCTAssertEqual(chat.tags, ["practice"])
                XCTAssertTrue(chat.text.contains(scenario.scene), "\(scenario.id): \(chat.text)")
                XCTAssertTrue(chat.text.hasSuffix("What do you do or say?") || chat.text.hasSuffix("What do you do or post?"), scenario.id)

                chat.say(answer.text)
                XCTAssertEqual(chat.state, "\(scenario.id)_\(answer.d)", "\(scenario.id): \(answer.text)")
                XCTAssertEqual(chat.tags, ["practice"])
                XCTAssertGreaterThanOrEqual(chat.last.replies.count, 2, "the other people react, then the feedback (and what else it did well)")
                XCTAssertEqual(chat.choices, ["Try another way", "Go to the debrief"])
                XCTAssertEqual(chat.session.slots["used"], answer.d)

                chat.say("Go to the debrief")
                XCTAssertEqual(chat.state, "\(scenario.id)_debrief")
                XCTAssertEqual(chat.tags, ["practice"])
                XCTAssertTrue(chat.text.contains("What went well: "), scenario.id)
                XCTAssertTrue(chat.text.contains("One thing to try: "), scenario.id)
                XCTAssertEqual(chat.last.replies.count, 3, "\(scenario.id) debrief after \(answer.d)")
            }
        }
    }

    func testTryAgainThenAnotherScenario() throws {
        for scenario in Self.scenarios {
            var chat = try Chat(in: "practice_menu")
            chat.say("\(scenario.number)")
            chat.say("I'd pretend to know them and ask for directions")
            XCTAssertEqual(chat.state, "\(scenario.id)_distract")
            chat.say("Try another way")
            XCTAssertEqual(chat.state, "\(scenario.id)_retry")
            XCTAssertTrue(chat.tags.contains("practice"))
            chat.say("I'd check in with them later")
            XCTAssertEqual(chat.state, "\(scenario.id)_delay")
            chat.say("I'd also screenshot or write it down")  // a new answer straight from the feedback
            XCTAssertEqual(chat.state, "\(scenario.id)_document")
            chat.say("yes")
            XCTAssertEqual(chat.state, "\(scenario.id)_debrief")
            chat.say("Another scenario")
            XCTAssertEqual(chat.state, "practice_menu")
        }
    }

    func testHintAndUnclearAnswers() throws {
        for scenario in Self.scenarios {
            var chat = try Chat(in: "\(scenario.id)_scene")
            chat.say("I'm not sure")
            XCTAssertEqual(chat.state, "\(scenario.id)_hint")
            XCTAssertTrue(chat.tags.contains("practice"))
            chat.say("blue")
            XCTAssertEqual(chat.state, "\(scenario.id)_other")
            XCTAssertTrue(chat.text.contains("which of the five Ds"))
            chat.say("Go to the debrief")
            XCTAssertEqual(chat.state, "\(scenario.id)_debrief")
            XCTAssertTrue(chat.text.contains("you stayed with a hard scene"))
        }
    }

    func testFeedbackIsSpecific() throws {
        let cases: [(String, String, [String])] = [
            ("metro_scene", "I'd tell him to leave her alone", ["escalate", "Delegate or Distract is safer"]),
            ("metro_scene", "I'd call the police", ["staff have authority"]),
            ("interns_scene", "I'd ask Greg to share my screen for the agenda", ["without a public clash"]),
            ("spa_scene", "Not funny, Dave", ["not about Alex", "peers calling out peers"]),
            ("color_scene", "I'd say Aisha's point was that it does shape her experience and ask her to go on", ["handed the floor back to Aisha"]),
            ("stammer_scene", "Chris, not okay. Jamie, go on", ["gave the floor straight back to Jamie"]),
            ("pronouns_scene", "It's Sam, and they use they/them", ["modelled the right pronoun"]),
            ("credit_scene", "Building on Priya's idea, Priya do you want to take us through it?", ["amplifying"]),
            ("clothes_scene", "Tom, comments about colleagues' bodies aren't okay", ["didn't argue"]),
            ("partner_scene", "I'd tell her to leave him", ["telling her what to do"]),
            ("partner_scene", "I'd call the police", ["Unless she's in danger right now"]),
            ("groupchat_scene", "I'd message the admins with screenshots", ["admins can remove posts"]),
        ]
        for (state, answer, phrases) in cases {
            var chat = try Chat(in: state)
            chat.say(answer)
            XCTAssertTrue(chat.tags.contains("practice"), "\(state): \(answer)")
            for phrase in phrases { XCTAssertTrue(chat.text.contains(phrase), "\(state): \(answer) -> \(chat.state): \(chat.text)") }
        }
    }

    /// Answers in the words people use in each scene, including names and direct speech.
    func testScenarioPickedByWords() throws {
        for (words, state) in [("the metro one", "metro_scene"), ("stammer", "stammer_scene"), ("group chat", "groupchat_scene")] {
            var chat = try Chat(in: "practice_menu")
            chat.say(words)
            XCTAssertEqual(chat.state, state, words)
        }
    }

    func testPracticeFromADAndBack() throws {
        var chat = try Chat(in: "d_distract", slots: ["setting": "transit"])
        chat.say("Practise it first")
        XCTAssertEqual(chat.state, "practice_menu")
        XCTAssertEqual(chat.session.slots["mode"], "practice")
    }
}
