import CoachCore
import XCTest

/// Walks through every mode, every D in every setting, the emergency guidance in every region,
/// support for the person targeted, and the follow-up the coach raises when someone comes back.
final class ConversationTests: XCTestCase {
    // MARK: Modes

    func testStartOffersTheFourModes() throws {
        let chat = try Chat()
        XCTAssertEqual(chat.state, "welcome")
        XCTAssertTrue(chat.text.contains("stop"))
        XCTAssertEqual(chat.choices, ["It's happening right now", "Practise a scene", "Learn the 5Ds", "Follow up on something that happened"])
    }

    func testModesByNumberAndByWords() throws {
        let cases: [(String, String, String)] = [
            ("1", "safety_check", "safety.check"), ("2", "practice_menu", "practice"), ("3", "learn_menu", "d.menu"),
            ("4", "after_start", "followup"), ("it's happening right now", "safety_check", "safety.check"),
            ("I'd like to practise", "practice_menu", "practice"), ("can we role play a scenario?", "practice_menu", "practice"),
            ("teach me the 5Ds", "learn_menu", "d.menu"), ("how do I be a better ally?", "learn_menu", "d.menu"),
            ("it happened yesterday and I froze", "after_start", "followup"), ("I want to check in with my colleague", "after_start", "followup"),
        ]
        for (message, state, tag) in cases {
            var chat = try Chat()
            chat.say(message)
            XCTAssertEqual(chat.state, state, message)
            XCTAssertTrue(chat.tags.contains(tag), message)
        }
    }

    /// A first message that describes a situation goes straight to the safety check, keeping the setting.
    func testSituationAsFirstMessageGoesStraightToTheSafetyCheck() throws {
        let cases: [(String, String?)] = [
            ("a guy is yelling at a woman on my train", "transit"),
            ("some man keeps catcalling a girl in the street", "street"),
            ("my boss is making sexist jokes in the meeting", "work"),
            ("people are posting racist stuff in our group chat", "online"),
            ("my uncle keeps making homophobic comments at dinner", "social"),
            ("there's a creepy man bothering a woman", nil),
            ("someone is harassing her right now", nil),
        ]
        for (message, setting) in cases {
            var chat = try Chat()
            chat.say(message)
            XCTAssertEqual(chat.state, "safety_check", message)
            XCTAssertEqual(chat.tags, ["safety.check"], message)
            XCTAssertEqual(chat.session.slots["setting"], setting, message)
            XCTAssertFalse(chat.text.contains("Hi, I'm"), "no small talk: \(message)")
        }
    }

    func testHelloRepeatsTheWelcome() throws {
        var chat = try Chat()
        chat.say("hi")
        XCTAssertEqual(chat.state, "welcome")
        XCTAssertEqual(chat.choices.count, 4)
    }

    // MARK: Right now: the safety check

    func testSafetyCheckYesIsAnEmergency() throws {
        var chat = try Chat()
        chat.say(["1", "yes"])
        XCTAssertEqual(chat.state, "emergency")
        XCTAssertTrue(chat.tags.contains("safety.emergency"))
        XCTAssertEqual(chat.session.slots["danger"], "yes")
    }

    func testTenseSituationPutsSaferDsFirstAndDirectLast() throws {
        var chat = try Chat()
        chat.say(["a guy is shouting at a woman on the bus", "no, but he's really aggressive"])
        XCTAssertEqual(chat.state, "check_self")
        XCTAssertEqual(chat.session.slots["risk"], "high")
        XCTAssertTrue(chat.tags.contains("safety.check"))
        XCTAssertTrue(chat.text.contains("anyone else around"))
        chat.say("1")
        XCTAssertEqual(chat.state, "d_menu_cautious")
        XCTAssertEqual(chat.tags, ["d.menu"])
        XCTAssertEqual(chat.choices.count, 5)
        XCTAssertTrue(chat.choices[0].hasPrefix("Delegate"))
        XCTAssertTrue(chat.choices[4].hasPrefix("Direct"))
        XCTAssertTrue(chat.choices[4].contains("only once it's safe"))
    }

    func testCalmSituationPutsDistractFirst() throws {
        var chat = try Chat()
        chat.say(["my colleague keeps making comments about her clothes at work", "no", "1"])
        XCTAssertEqual(chat.state, "d_menu_standard")
        XCTAssertEqual(chat.choices.map { String($0.prefix(while: { $0 != ":" })) }, ["Distract", "Delegate", "Delay", "Document", "Direct"])
    }

    func testOnlineMenuPutsDocumentFirst() throws {
        var chat = try Chat()
        chat.say(Path.onlineMenu)
        XCTAssertEqual(chat.state, "d_menu_online")
        XCTAssertTrue(chat.choices[0].hasPrefix("Document"))
    }

    func testNotFeelingSafeYourself() throws {
        var chat = try Chat()
        chat.say(["1", "3", "I don't feel safe"])
        XCTAssertEqual(chat.state, "ask_setting")
        XCTAssertTrue(chat.tags.contains("safety.check"))
        XCTAssertTrue(chat.text.contains("Your safety matters too"))
        chat.say("on the train")
        XCTAssertEqual(chat.state, "d_menu_cautious")
    }

    func testNotSureAboutDanger() throws {
        var chat = try Chat()
        chat.say(["1", "not sure"])
        XCTAssertEqual(chat.state, "check_self")
        XCTAssertTrue(chat.text.contains("When in doubt"))
        XCTAssertEqual(chat.session.slots["risk"], "high")
    }

    // MARK: Each D, fitted to the setting

    func testDistractInEverySetting() throws {
        let expected = ["transit": "Is this the right stop", "street": "there you are", "work": "Let's get back to the agenda",
                        "social": "Come help me in the kitchen", "online": "new topic", "other": "there you are"]
        for (setting, phrase) in expected {
            var chat = try Chat(in: "d_menu_standard", slots: ["setting": setting])
            chat.say("distract")
            XCTAssertEqual(chat.state, "d_distract", setting)
            XCTAssertEqual(chat.tags, ["d.distract"], setting)
            XCTAssertTrue(chat.text.contains("ignore the harasser and talk to the person targeted"), setting)
            XCTAssertTrue(chat.text.contains(phrase), "\(setting): \(chat.text)")
            XCTAssertTrue(chat.text.contains("not for when someone is hurt"), setting)
        }
    }

    func testDelegateInEverySettingSaysWhoAndWhatToTellThem() throws {
        let expected = ["transit": "driver, conductor or station staff", "street": "shop worker, security guard", "work": "manager you trust, HR",
                        "social": "the host, or bar staff", "online": "Report the posts", "other": "what, where and who"]
        for (setting, phrase) in expected {
            var chat = try Chat(in: "d_menu_standard", slots: ["setting": setting])
            chat.say("I'd get someone in charge")
            XCTAssertEqual(chat.state, "d_delegate", setting)
            XCTAssertEqual(chat.tags, ["d.delegate"], setting)
            XCTAssertTrue(chat.text.contains(phrase), "\(setting): \(chat.text)")
            XCTAssertTrue(chat.text.contains("ask the person targeted if they want that help"), setting)
        }
        var uk = try Chat(in: "d_menu_standard", region: "uk", slots: ["setting": "transit"])
        uk.say("2")
        XCTAssertTrue(uk.text.contains("text British Transport Police on 61016"))
        var us = try Chat(in: "d_menu_standard", region: "us", slots: ["setting": "transit"])
        us.say("2")
        XCTAssertFalse(us.text.contains("61016"))
    }

    func testDocumentSafetyAndConsent() throws {
        for setting in ["transit", "street", "work", "social", "online", "other"] {
            var chat = try Chat(in: "d_menu_standard", slots: ["setting": setting])
            chat.say("4")
            XCTAssertEqual(chat.state, "d_document", setting)
            XCTAssertEqual(chat.tags, ["d.document"], setting)
            XCTAssertTrue(chat.text.contains("check someone is already helping"), setting)
            XCTAssertTrue(chat.text.contains("date, time") || chat.text.contains("dates"), setting)
            XCTAssertTrue(chat.text.contains("give it to the person harmed"), setting)
            XCTAssertTrue(chat.text.contains("Never post it or use it without their consent"), setting)
        }
        var street = try Chat(in: "d_menu_standard", slots: ["setting": "street"])
        street.say("4")
        XCTAssertTrue(street.text.contains("safe distance"))
    }

    func testDelayWordsForCheckingIn() throws {
        let expected = ["transit": "wait with you", "street": "walk with you", "work": "That comment in the meeting wasn't okay",
                        "social": "stay with you", "online": "Send a private message", "other": "Is there anything I can do"]
        for (setting, phrase) in expected {
            var chat = try Chat(in: "d_menu_standard", slots: ["setting": setting])
            chat.say("I'd check in with her afterwards")
            XCTAssertEqual(chat.state, "d_delay", setting)
            XCTAssertEqual(chat.tags, ["d.delay"], setting)
            XCTAssertTrue(chat.text.contains(phrase), "\(setting): \(chat.text)")
            XCTAssertTrue(chat.text.contains("Listen more than you talk"), setting)
        }
    }

    func testDirectIsBriefCalmAndTurnsToThePersonHarmed() throws {
        for setting in ["transit", "street", "work", "social", "online", "other"] {
            var chat = try Chat(in: "d_menu_standard", slots: ["setting": setting])
            chat.say("5")
            XCTAssertEqual(chat.state, "d_direct", setting)
            XCTAssertEqual(chat.tags, ["d.direct"], setting)
            XCTAssertTrue(chat.text.contains("Only do it once you feel safe"), setting)
            XCTAssertTrue(chat.text.contains("brief and calm") || chat.text.contains("Reply once, calmly"), setting)
            XCTAssertTrue(chat.text.contains("Don't debate"), setting)
            XCTAssertTrue(chat.text.contains("Then turn to the person harmed"), setting)
        }
        var tense = try Chat(in: "d_menu_cautious", slots: ["setting": "transit", "risk": "high"])
        tense.say("5")
        XCTAssertEqual(tense.state, "d_direct")
        XCTAssertTrue(tense.text.contains("Delegate is safer"))
    }

    func testDirectInDangerIsRedirected() throws {
        var chat = try Chat(in: "d_menu_cautious", slots: ["setting": "transit", "risk": "high", "danger": "yes"])
        chat.say("5")
        XCTAssertEqual(chat.state, "direct_not_now")
        XCTAssertFalse(chat.tags.contains("d.direct"))
    }

    func testSwitchingBetweenDsAndCommitting() throws {
        var chat = try Chat()
        chat.say(Path.standardMenu)
        chat.say("1")
        XCTAssertEqual(chat.state, "d_distract")
        chat.say("actually I'd rather film it")
        XCTAssertEqual(chat.state, "d_document")
        chat.say("Show me another D")
        XCTAssertEqual(chat.state, "d_menu_standard")
        chat.say("3")
        chat.say("I'll do that")
        XCTAssertEqual(chat.state, "plan_commit")
        XCTAssertEqual(chat.session.slots["plan"], "delay")
        XCTAssertTrue(chat.tags.contains("followup"))
        XCTAssertTrue(chat.text.contains("Ds combine"))
        chat.say("not now")
        XCTAssertEqual(chat.state, "plan_close")
        chat.say("That's all for now")
        XCTAssertEqual(chat.state, "resting")
        chat.resume()
        XCTAssertEqual(chat.state, "welcome_back_plan")
        XCTAssertTrue(chat.text.contains("Last time you planned to check in with the person afterwards: how did it go?"))
    }

    // MARK: Emergency numbers by region

    func testEmergencyNumbersByRegion() throws {
        let expected: [(String?, [String])] = [
            ("uk", ["999", "press 55"]), ("us", ["911"]), ("ca", ["911"]), ("ie", ["112 or 999"]), ("fr", ["17", "112"]),
            ("de", ["110", "112"]), ("au", ["000"]), ("nz", ["111"]), ("eu", ["112"]),
            (nil, ["112 in Europe", "911 in North America", "999 in the UK"]), ("other", ["112 in Europe", "911 in North America", "999 in the UK"]),
        ]
        for (region, numbers) in expected {
            var chat = try Chat(region: region)
            chat.say("a man is punching someone on the platform")
            XCTAssertEqual(chat.state, "emergency")
            XCTAssertEqual(chat.last.replies.count, 3, "\(region ?? "none"): one number line, distance and delegate, document from safety")
            for number in numbers { XCTAssertTrue(chat.text.contains(number), "\(region ?? "none"): \(number) in \(chat.text)") }
            XCTAssertTrue(chat.text.contains("safe distance"))
            XCTAssertTrue(chat.text.contains("Get others to help"))
            XCTAssertTrue(chat.text.contains("Only if you're safe"))
            XCTAssertTrue(chat.text.contains("stop"))
        }
        var other = try Chat(region: "uk")
        other.say("a man is punching someone on the platform")
        XCTAssertFalse(other.text.contains("911"))
    }

    func testPoliceRequestGetsTheEmergencyGuidance() throws {
        var chat = try Chat(region: "uk")
        chat.say("should I call the police?")
        XCTAssertEqual(chat.state, "emergency_police")
        XCTAssertTrue(chat.tags.contains("safety.emergency"))
        XCTAssertTrue(chat.text.contains("999"))
        XCTAssertTrue(chat.text.contains("61016"))
        chat.say("It's not an emergency")
        XCTAssertEqual(chat.state, "ask_setting")
    }

    func testAfterTheEmergencyTheConversationContinues() throws {
        var chat = try Chat(in: "d_delay", history: ["d_menu_standard"])
        chat.say("wait, he just punched her")
        XCTAssertEqual(chat.state, "emergency")
        chat.say("Back to where we were")
        XCTAssertEqual(chat.state, "d_delay")

        var over = try Chat()
        over.say(["he has a knife", "It's over or it happened earlier"])
        XCTAssertEqual(over.state, "emergency_over")
        XCTAssertNil(over.session.slots["danger"])
        XCTAssertTrue(over.tags.contains("followup"))
        over.say("Everyone's safe now")
        XCTAssertEqual(over.state, "danger_passed", "after-care first")
        over.say("Plan a follow-up")
        XCTAssertEqual(over.state, "after_start")
    }

    // MARK: Support for the person targeted

    func testSupportSelfBelievesAndLetsThemDecide() throws {
        for message in ["he keeps touching me", "my boyfriend checks my phone", "I'm being harassed at work",
                        "my boss keeps commenting on my body", "someone keeps sending me dick pics", "my partner controls my money",
                        "he won't stop touching me", "my boss won't stop messaging me"] {
            var chat = try Chat()
            chat.say(message)
            XCTAssertEqual(chat.state, "support_self", message)
            XCTAssertEqual(chat.tags, ["support.self"], message)
            XCTAssertTrue(chat.text.contains("I believe you"), message)
            XCTAssertTrue(chat.text.contains("not your fault"), message)
            XCTAssertTrue(chat.text.contains("You decide what happens next"), message)
            XCTAssertFalse(chat.text.contains("Distract"), "no bystander coaching: \(message)")
        }
    }

    func testSupportResourcesByRegion() throws {
        let expected: [(String, [String])] = [
            ("uk", ["0808 2000 247", "116 123"]), ("us", ["1-800-799-7233", "START to 88788", "988"]), ("ca", ["988"]),
            ("ie", ["1800 341 900", "116 123"]), ("fr", ["3919"]), ("de", ["116 016"]), ("au", ["1800 737 732"]), ("nz", ["0800 733 843", "1737"]),
        ]
        for (region, numbers) in expected {
            var chat = try Chat(region: region)
            chat.say(["my husband controls my money", "2"])
            XCTAssertEqual(chat.state, "support_resources_list", region)
            XCTAssertTrue(chat.tags.contains("support.self"))
            for number in numbers { XCTAssertTrue(chat.text.contains(number), "\(region): \(number)") }
        }
        var noRegion = try Chat()
        noRegion.say(["my husband controls my money", "Who can help me"])
        XCTAssertEqual(noRegion.state, "support_region")
        noRegion.say("France")
        XCTAssertTrue(noRegion.text.contains("3919"))
    }

    func testSupportWhenInDangerNow() throws {
        var chat = try Chat(region: "us")
        chat.say(["my ex keeps messaging me", "I'm not safe right now"])
        XCTAssertEqual(chat.state, "support_danger")
        XCTAssertTrue(chat.tags.contains("safety.emergency"))
        XCTAssertTrue(chat.tags.contains("support.self"))
        XCTAssertTrue(chat.text.contains("911"))
    }

    func testSupportOptionsAndABystanderAfterAll() throws {
        var chat = try Chat()
        chat.say(["my manager keeps touching me", "3"])
        XCTAssertEqual(chat.state, "support_options")
        XCTAssertTrue(chat.text.contains("all yours to choose"))
        var bystander = try Chat()
        bystander.say(["he keeps harassing me", "It's happening to someone else"])
        XCTAssertEqual(bystander.state, "safety_check")
    }

    // MARK: Learn

    func testLearnWalksThroughEveryDAndThePrinciples() throws {
        var chat = try Chat()
        chat.say("3")
        let steps: [(String, String, [String])] = [
            ("Distract", "d.distract", ["Ignore the harasser and engage the person targeted"]),
            ("next", "d.delegate", ["who is in charge"]),
            ("next", "d.document", ["make sure someone is helping", "date, time and place", "Never post it"]),
            ("next", "d.delay", ["I saw what happened, are you okay?"]),
            ("next", "d.direct", ["Be brief and calm", "Don't debate", "men calling out other men"]),
        ]
        for (message, tag, phrases) in steps {
            chat.say(message)
            XCTAssertEqual(chat.tags, [tag], message)
            for phrase in phrases { XCTAssertTrue(chat.text.contains(phrase), "\(tag): \(phrase)") }
        }
        chat.say("next")
        XCTAssertEqual(chat.state, "learn_principles")
        for phrase in ["ask the person harmed what they need", "speak up without speaking for them", "listen more than you talk", "don't take the spotlight"] {
            XCTAssertTrue(chat.text.lowercased().contains(phrase.lowercased()), phrase)
        }
        chat.say("next")
        XCTAssertTrue(chat.text.contains("Active allyship"))
        XCTAssertTrue(chat.text.contains("Performative allyship"))
        XCTAssertTrue(chat.text.contains("Call out your peers"))
        chat.say("1")
        XCTAssertEqual(chat.state, "practice_menu")
    }

    func testLearnPicksADByItsName() throws {
        for (message, state) in [("delegate", "learn_delegate"), ("tell me about documenting", "learn_document"), ("5", "learn_direct")] {
            var chat = try Chat(in: "learn_menu")
            chat.say(message)
            XCTAssertEqual(chat.state, state, message)
        }
    }

    // MARK: After: follow-up, reflection, reporting, and the welcome back

    func testFollowUpPlanIsRaisedWhenTheyComeBack() throws {
        var chat = try Chat()
        chat.say(["4", "1", "a colleague"])
        XCTAssertEqual(chat.state, "checkin_say")
        XCTAssertTrue(chat.tags.contains("followup"))
        XCTAssertTrue(chat.text.contains("Hey, I saw what happened. How are you doing?"))
        XCTAssertTrue(chat.text.contains("Is there anything you'd like me to do, or not do?"))
        XCTAssertTrue(chat.text.contains("Listen more than you talk"))
        XCTAssertEqual(chat.session.slots["plan"], "checkin")
        XCTAssertEqual(chat.session.slots["who"], "your colleague")
        chat.say("That's my plan")
        XCTAssertTrue(chat.text.contains("I'll ask how it went with your colleague"))
        chat.say("That's all for now")
        XCTAssertEqual(chat.state, "resting", "a plan to ask about keeps the conversation open")
        XCTAssertFalse(chat.session.ended)
        XCTAssertTrue(chat.text.contains("Next time, I'll ask how your plan went."))
        var back = chat
        back.resume()
        XCTAssertEqual(back.state, "welcome_back_checkin")
        XCTAssertTrue(back.text.contains("check in with your colleague: how did it go?"))
        chat.say("hi again")
        XCTAssertEqual(chat.state, "welcome_back_checkin")

        var later = try Chat(in: "checkin_done", slots: ["plan": "checkin", "who": "your colleague"])
        later.resume()
        XCTAssertEqual(later.state, "welcome_back_checkin")
        XCTAssertEqual(later.tags, ["followup"])
        XCTAssertEqual(later.text, "Welcome back. Last time you planned to check in with your colleague: how did it go?")
        later.say("it went well actually, she was glad")
        XCTAssertEqual(later.state, "returning_went_well")
    }

    func testReturningOutcomes() throws {
        for (answer, state) in [("it was a bit awkward", "returning_went_badly"), ("I haven't yet", "returning_not_yet"), ("it went ok", "returning_went_well")] {
            var chat = try Chat(in: "reflect", slots: ["plan": "checkin", "who": "your friend"])
            chat.resume()
            chat.say(answer)
            XCTAssertEqual(chat.state, state, answer)
            XCTAssertTrue(chat.tags.contains("followup"), answer)
        }
        var planD = try Chat(in: "plan_close", slots: ["plan": "distract"])
        planD.resume()
        XCTAssertEqual(planD.state, "welcome_back_plan")
        XCTAssertTrue(planD.text.contains("step in with a distraction"))
        var plain = try Chat(in: "learn_delay")
        plain.resume()
        XCTAssertEqual(plain.state, "welcome_back_plain")
        plain.say("Carry on")
        XCTAssertEqual(plain.state, "learn_delay")
    }

    func testFrozeIsNotShamedAndReflectionAsksQuestions() throws {
        var chat = try Chat()
        chat.say("I saw a woman being harassed last week and I did nothing")
        XCTAssertEqual(chat.state, "after_start")
        chat.say("4")
        XCTAssertEqual(chat.state, "after_froze")
        XCTAssertTrue(chat.text.contains("normal stress response, not a failing"))
        chat.say("Reflect on what happened")
        XCTAssertEqual(chat.state, "reflect")
        XCTAssertTrue(chat.tags.contains("followup"))
        XCTAssertTrue(chat.text.contains("What did the person harmed seem to want?"))
        chat.say("I think I was scared of making it worse")
        XCTAssertEqual(chat.state, "reflect_next")
        XCTAssertEqual(chat.session.slots["plan"], "reflect")
    }

    func testWhereToReportOrGetHelp() throws {
        var work = try Chat(in: "after_start", region: "uk", slots: ["setting": "work"])
        work.say("3")
        XCTAssertEqual(work.state, "report_help")
        XCTAssertTrue(work.text.contains("HR"))
        XCTAssertTrue(work.text.contains("Acas"), "a workplace case gets workplace routes")
        XCTAssertFalse(work.text.contains("0808 2000 247"), "not the domestic abuse line")
        XCTAssertTrue(work.text.contains("person harmed's choice"))
        work.say("I'll offer to help them report")
        XCTAssertEqual(work.session.slots["plan"], "report")
        var train = try Chat(in: "after_start", region: "uk", slots: ["setting": "transit"])
        train.say("3")
        XCTAssertTrue(train.text.contains("61016"))
        var us = try Chat(in: "after_start", region: "us")
        us.say("3")
        XCTAssertTrue(us.text.contains("1-800-799-7233"))
    }

    func testStrangerCheckIn() throws {
        var chat = try Chat(in: "checkin_who")
        chat.say("someone I don't know")
        XCTAssertEqual(chat.state, "checkin_stranger")
        XCTAssertTrue(chat.text.contains("Don't post it"))
    }
}
