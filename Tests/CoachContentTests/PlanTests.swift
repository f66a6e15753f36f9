import CoachCore
import XCTest

/// Plans in a person's own words are recognised as the right D, from every D menu and in practice.
final class PlanTests: XCTestCase {
    static let plans: [String: [String]] = [
        "distract": [
            "I'd pretend to know her",
            "I'll spill my coffee near them",
            "I'd ask for directions",
            "I'd ask her what time it is",
            "I would start a conversation with her about the weather",
            "I'd act like she's my friend and say hi",
            "I'd drop my bag to create a distraction",
            "I'd go stand next to her",
            "I'll ask him for directions to the station",
            "I'd interrupt and ask a random question",
            "I would pretend I'm lost and ask her for help",
            "I'd offer her my seat",
            "I'd get between them and start chatting to her",
            "I'd change the subject",
            "I'd make a loud phone call",
            "I would walk over and say hey long time no see",
            "Hey Sarah! Fancy seeing you here",
            "I'd ask her if this bus goes to the city centre",
            "I'd bump into him accidentally on purpose",
            "I'd invite her to come sit with me",
            "I'd strike up a chat with her about the book she's reading",
            "pretend she's my cousin and wave her over",
            "I could accidentally knock my drink over next to them",
            "ask her to help me with my phone",
            "I'll walk up and ask her if she knows where the library is",
            "I'd loudly ask if anyone has a phone charger",
            "I'd sit in the seat between them",
            "Maybe act like I know her and ask about work",
            "I'd ask the girl what stop this is",
            "I'd interrupt by asking about the project deadline",
            "I'd create a diversion",
            "I'd start talking really loudly to her about something random",
            "I'd steer the conversation to something else",
            "I'd ask her to come grab a coffee with me",
            "I'd stand in between them so he can't see her",
            "I'd say \"oh hi! I've been looking for you everywhere\"",
            "I'd ask if she wants to swap seats with me",
            "I'd say excuse me and squeeze past to stand by her",
            "I'd compliment her bag and start chatting",
            "I'd pretend my phone died and ask to borrow hers",
            "I'd ask her where she got her coat",
            "I'll act like we're friends meeting up",
            "I'd start a conversation with the victim",
            "I'll distract him by asking him something random",
            "I'd ask everyone if they want tea, to break it up",
            "I'd say \"sorry, is this seat taken?\" and sit down next to her",
            "I'd make some noise to break the moment",
            "I'd play dumb and ask her for help finding my stop",
            "I'd go and stand with her and talk about the weather",
            "I'd drop my shopping near them",
            "I'd ask her to help me read the timetable",
            "I'd pretend to recognise her from work",
            "I'd tap her on the shoulder and say \"I think we met at Sam's party\"",
            "I'd start a loud conversation with my friend to interrupt",
            "I'd ask the guy if he knows what time the next train is",
            "I'd interrupt the joke by asking who wants coffee",
            "I'd cause a distraction",
            "I'd ask a question to move the meeting on",
            "I'd sit down beside her and chat",
            "I'd offer her a piece of gum and start talking",
        ],
        "delegate": [
            "I'd tell the driver",
            "I'll find a staff member",
            "I'd get security",
            "I'd tell the bus driver what's going on",
            "I'd report it to HR",
            "I'd talk to my manager about it",
            "I'd ask the bartender to step in",
            "I would get the conductor",
            "I'd press the emergency button",
            "I'd text British Transport Police",
            "I'd call the police",
            "I'll ask the guy next to me to help",
            "I'd get a few other passengers to come with me",
            "I'd message the group admin",
            "I'd report the post",
            "I'd tell the teacher",
            "I'd ask someone who works there to help",
            "I would alert the flight attendant",
            "I'd tell the driver to tell him to stop",
            "I'd go get the manager",
            "I'd get the train guard",
            "I'd find a security guard",
            "tell a member of staff",
            "I'll ring the transport police",
            "I'd speak to the shop manager",
            "I'd let HR know",
            "I'll report him to his boss",
            "I'd get the bouncer",
            "get the driver to stop the bus",
            "I'd ask other people nearby to help me",
            "I'd use the help point on the platform",
            "I'd flag it to the moderators",
            "I would report the account",
            "I'd tell the host of the party",
            "I'll go to the station staff",
            "I'd ask his friends to calm him down",
            "I'd go find the train manager",
            "I would alert someone from the store",
            "tell the security at the door",
            "I'd call the station staff",
            "I'd contact the platform and report them",
            "I would let the teacher know",
            "I'd talk to the event organisers",
            "I'd report it to his manager",
            "I'd ask the bar staff to keep an eye on him",
            "I'd report him to the admins",
            "I'd ask a few people to back me up",
            "I'd go tell the staff",
            "I'd find a guard",
            "I'll get the manager on duty",
            "I'd tell the bus driver to call it in",
            "I'd call transit security",
            "I'd report it to the event staff",
            "I'd speak to HR tomorrow",
            "I'd tell the admin to remove him",
            "I'd ask the man next to me to help me intervene",
            "I'd get my friends to help",
            "I'd alert the conductor",
            "I'd tell the organisers",
        ],
        "document": [
            "I'll film it",
            "I'd record it on my phone",
            "I'd take a video from a distance",
            "I would take photos",
            "I'd screenshot the messages",
            "I'd write down what happened",
            "I'd note the time and place",
            "I'll keep a record of everything",
            "I'd take a picture of his face",
            "I'd record the whole thing in case she needs evidence",
            "I'd get my phone out and start recording",
            "I'd save the chat",
            "I'd write down his description",
            "I'd note the bus number",
            "I'd document it",
            "I'd take notes during the meeting",
            "I'd start filming discreetly",
            "I'd record a video of what he's doing",
            "I'll snap some pictures",
            "I'll write everything down afterwards",
            "screenshot everything",
            "I'd get it on camera",
            "I would keep notes with dates and times",
            "I'd write down his licence plate",
            "I'd be a witness and note what I see",
            "I'll document what's happening from where I am",
            "I'd record audio on my phone",
            "I'd capture the messages before they get deleted",
            "I'd film it and send it to her later",
            "I'd take a photo of him",
            "I would quietly film him",
            "I'd photograph his face",
            "I'll keep screenshots",
            "I'd write a note of what happened with the time",
            "I'd record it so she has proof",
            "I'd make a record of it",
            "I'd film from a safe distance",
            "I'd capture it on video",
            "I'd jot down the details",
            "I would log the incident",
            "I'd save the messages as evidence",
            "I'd take a screen recording",
            "I would grab my phone and record",
            "I'd start videoing",
            "I'd take pictures of the car and its plate",
            "I'd write it all down",
            "I'll keep a log of what's said",
            "I'd document the incident with photos",
            "I'd film what's happening for evidence",
            "I'd save screenshots of his messages",
            "I'd take a video in case the police need it",
            "I'd record the conversation",
            "I'd keep a written record",
            "I'd snap a photo of him discreetly",
        ],
        "delay": [
            "I'll ask her if she's ok after",
            "I'd check in with her afterwards",
            "I'd talk to her once he's gone",
            "I'd make sure she's okay after he gets off",
            "I'd ask how she's doing later",
            "I would wait until he leaves and then see if she's alright",
            "I'd message her after the meeting",
            "I'd check on her later",
            "I'll text her tomorrow to see how she is",
            "I'd walk her to her car",
            "I'd offer to sit with her until her stop",
            "I'd tell her it wasn't her fault",
            "I'd let her know I saw what happened and ask if she needs anything",
            "I'd follow up with her privately",
            "I'd go up to her after and ask if she wants to talk",
            "Are you ok? I saw what happened",
            "I'd reach out to her later",
            "I'd go over to her after he leaves",
            "I'd check she was alright once he got off the train",
            "later I'd ask her how she's feeling",
            "I'd talk to her privately after the meeting",
            "afterwards I'd tell her I saw it and that it's not ok",
            "I'll DM her to check in",
            "I'd offer to walk with her to the station after",
            "I'd wait with her until her bus comes",
            "I'd let her know she's not alone",
            "I'd support her after it's over",
            "I'd make sure she gets home safe",
            "I'd see how she is the next day",
            "I would ask if she wants me to go with her to report it",
            "I'd just be there for her afterwards",
            "I'll find her after class and check on her",
            "I'd ask her later if she needs anything",
            "I'd talk to her once it's over",
            "I'd send her a message later to check she's okay",
            "after the meeting I'd ask if she wanted to talk",
            "I'd wait until he's gone and then go to her",
            "I'll catch up with her after and see how she feels",
            "I'd comfort her after",
            "I'll follow up with her tomorrow",
            "I'd stay with her till help arrives",
            "I'd walk her home",
            "I'd ask if there's anything I can do to help her",
            "I'd wait for him to leave and then check on her",
            "I'd go and talk to her after he's gone",
            "I'd ask if she's alright afterwards",
            "I'd check on her later that day",
            "I'd message her that evening",
            "I'd speak to her privately afterwards and offer support",
            "I'd make sure she got home safely",
            "I'll touch base with her later",
            "I'd ask her how she's feeling after the meeting",
            "I'd sit with her once he's gone",
            "I'd tell her afterwards that what he did was wrong",
            "I'd offer to go with her to HR",
        ],
        "direct": [
            "I'd tell him to knock it off",
            "I'd tell him to stop",
            "I'd say that's not okay",
            "I'd call him out",
            "I'd confront him",
            "I would tell him to leave her alone",
            "I'd say hey, that's inappropriate",
            "I'd tell him that's racist",
            "I'd ask him what he meant by that",
            "I'd tell him to back off",
            "I'd speak up and say it's not funny",
            "Not cool man, leave her alone",
            "I'd tell them to cut it out",
            "I'd stand up to him",
            "I'd say something to him directly",
            "I'd tell him he's out of line",
            "I'd correct him and use her right pronouns",
            "I'd point out it was her idea",
            "I'd tell him that's not okay",
            "I'll say \"back off, mate\"",
            "I'd tell him to get lost",
            "I'd ask him to stop harassing her",
            "I'd tell the guy to leave her alone",
            "I'd say \"hey, that's not cool\"",
            "I'd challenge him on it",
            "I'd say \"that's a racist thing to say\"",
            "I'd tell him it's inappropriate to talk about her like that",
            "I'd confront the guy directly",
            "I'd call out the comment in the meeting",
            "I'd say \"we don't say that here\"",
            "I'd make it clear that's unacceptable",
            "I'd ask him why he thinks that's funny",
            "I'd tell them that joke was homophobic",
            "I'd step in and tell him to stop",
            "I'd say \"stop, that's harassment\"",
            "I'd tell him he needs to stop",
            "I'd yell at him to leave her alone",
            "I'd tell him off",
            "I'd say it's not okay to talk to people like that",
            "I'd say loudly \"leave her alone\"",
            "I'd question him about the comment",
            "I'd tell the harasser that's not acceptable",
            "I'd say \"that's really offensive\"",
            "I'd ask him to apologize",
            "I'd make him explain the joke",
            "I'd tell him to respect her",
            "I'd tell him to shut up",
            "I'd tell him to stop bothering her",
            "I'd say \"leave her alone, she's not interested\"",
            "I'd tell him it's not funny",
            "I'd say \"mate, that's out of order\"",
            "I'd tell him to get away from her",
            "I'd call him out in front of everyone",
            "I'd speak up and say that's sexist",
            "I'd ask him to repeat what he said",
            "I'd confront them about the joke",
            "I'd tell the guy he's being creepy",
            "I'd tell them to knock it off",
        ]
    ]

    func testTablesHaveAtLeastTwelvePlansPerD() {
        for d in ["distract", "delegate", "document", "delay", "direct"] {
            XCTAssertGreaterThanOrEqual(Self.plans[d]?.count ?? 0, 12, d)
        }
    }

    /// Sends every plan from the menu reached by `path`, expecting the D's tag and state.
    private func check(path: [String], menu: String) throws {
        var wrong: [String] = []
        for (d, plans) in Self.plans.sorted(by: { $0.key < $1.key }) {
            for plan in plans {
                var chat = try Chat()
                chat.say(path)
                XCTAssertEqual(chat.state, menu)
                XCTAssertTrue(chat.tags.contains("d.menu"))
                chat.say(plan)
                let expected = d == "direct" ? "d_direct" : "d_\(d)"
                if !chat.tags.contains("d.\(d)") || chat.state != expected {
                    wrong.append("\(d): \(plan) -> \(chat.state) \(chat.tags)")
                }
            }
        }
        XCTAssertEqual(wrong, [])
    }

    func testPlansFromTheStandardMenu() throws { try check(path: Path.standardMenu, menu: "d_menu_standard") }

    func testPlansFromTheCautiousMenu() throws { try check(path: Path.cautiousMenu, menu: "d_menu_cautious") }

    func testPlansFromTheOnlineMenu() throws { try check(path: Path.onlineMenu, menu: "d_menu_online") }

    func testExamplesFromTheIssue() throws {
        let examples = [
            ("I'd tell the driver", "d_delegate"), ("I'll film it", "d_document"), ("I'll ask her if she's ok after", "d_delay"),
            ("I'd pretend to know her", "d_distract"), ("I'd spill my coffee", "d_distract"), ("I'd ask for directions", "d_distract"),
            ("I'd tell him to knock it off", "d_direct"), ("I'd tell the driver to tell him to stop", "d_delegate"),
            ("I'd tell him to stop, then tell the driver", "d_direct"), ("I'd call the police", "d_delegate"),
        ]
        for (plan, state) in examples {
            var chat = try Chat()
            chat.say(Path.standardMenu)
            chat.say(plan)
            XCTAssertEqual(chat.state, state, plan)
        }
    }

    func testNegatedPlanIsNotThatD() throws {
        var chat = try Chat()
        chat.say(Path.standardMenu)
        chat.say("I wouldn't confront him, I'd tell the driver")
        XCTAssertEqual(chat.state, "d_delegate")
    }

    func testDoingNothingIsNotShamed() throws {
        var chat = try Chat()
        chat.say(Path.standardMenu)
        chat.say("honestly I'd probably do nothing")
        XCTAssertEqual(chat.state, "d_nothing")
        XCTAssertTrue(chat.text.contains("never have to confront anyone"))
    }

    func testNotSurePicksTheSafestFirstD() throws {
        var calm = try Chat()
        calm.say(Path.standardMenu)
        calm.say("I don't know")
        XCTAssertEqual(calm.state, "d_distract")
        var tense = try Chat()
        tense.say(Path.cautiousMenu)
        tense.say("not sure")
        XCTAssertEqual(tense.state, "d_delegate")
        var online = try Chat()
        online.say(Path.onlineMenu)
        online.say("no idea")
        XCTAssertEqual(online.state, "d_document")
    }

    func testPlansInPractice() throws {
        var wrong: [String] = []
        for (d, plans) in Self.plans.sorted(by: { $0.key < $1.key }) {
            for plan in plans {
                var chat = try Chat(in: "metro_scene")
                chat.say(plan)
                if chat.state != "metro_\(d)" { wrong.append("\(d): \(plan) -> \(chat.state)") }
            }
        }
        XCTAssertEqual(wrong, [])
    }
}
