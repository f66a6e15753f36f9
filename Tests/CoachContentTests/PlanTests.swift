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
            // Batch A.
            "i'd go stand next to her",
            "pretend i know her",
            "drop my stuff near them",
            "ask her for directions",
            "i'll ask her what time it is",
            "spill my coffee near them lol",
            "start chatting to her about the weather",
            "act like shes my mate and say hey long time no see",
            "i could ask if this is the right bus for town",
            "interrupt and ask him something random so he loses his train of thought",
            "walk between them",
            "i'd make a loud phone call right next to them",
            "change the subject",
            "ask her to help me find something in my bag",
            "cause a little scene like dropping my keys",
            "sit next to her and start talking about the book she's reading",
            "i'd call her over like we're friends",
            "offer her my seat",
            // Batch A2.
            "ask her about her dog",
            "i'd pretend to be lost and ask her the way",
            "go up and say omg is that you from uni",
            "accidentally bump into him and apologise loads",
            "ask everyone if they want pizza to break it up",
            "i'd ask if she wants to come grab a coffee with me",
            "stand in between them and look at my phone",
            "make a joke to change the mood",
            "pretend to be her friend",
            "start a convo with her about the game",
            "ask the guy for the time so he stops",
            "loudly ask if anyone dropped a wallet",
            "in the group chat i'd post a funny gif to move the conversation on",
            "sit down beside her and chat",
            "offer her a seat next to me",
            // Batch B.
            "i'd ask her what stop she's getting off at",
            "pretend to recognise her from work",
            "go and ask her for a lighter",
            "i'll loudly ask if anyone knows where the loos are",
            "i'd stand right in front of her so he can't see her",
            "start talking to her about something random",
            "say hi like i know her and walk her away",
            "tell her her friend is looking for her",
            "ask everyone if they want another round",
            "drop my bag right next to them",
            "interrupt with a question about the project",
            "i'd post a cute dog pic in the chat to change the vibe",
            "bump into him by accident",
            "ask her if she knows how to get to the high street",
            "sit down next to her and start a conversation",
            // Batch C.
            "ask her for the time",
            "pretend im her friend and say hey we're gonna be late",
            "spill something",
            "i'd start a chat with her about the bus being late",
            "ask if she wants to swap seats with me",
            "go and stand with her",
            "i could make a joke to break it up",
            "ask them where the nearest station is",
            "interrupt by asking about lunch",
            "loudly ask her if she's coming to the party tonight",
            "offer her some of my chips",
            "walk over and start chatting to her like an old friend",
            "i'd pretend to take a phone call right next to them",
            "change the subject to the weekend",
            "ask the group who wants coffee",
            // Batch D.
            "ask her for directions to the station",
            "pretend i'm lost",
            "fake a phone call near them",
            "i'll go stand between them",
            "say hi to her like we're mates",
            "ask her to help me with my bags",
            "accidentally on purpose spill my drink",
            "change the subject to the football",
            "ask him if he knows where the toilets are",
            "interrupt them by asking for a pen",
            "invite her to come sit with my friends",
            "start humming loudly",
            "make small talk with her",
            "ask the group a random question",
            "tell her there's a phone call for her",
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
            // Batch A.
            "tell the bus driver",
            "get the guard",
            "find a member of staff",
            "i'll tell security",
            "get the bouncer",
            "report it to HR",
            "talk to my manager about it",
            "ask the people next to me to help",
            "press the emergency alarm on the train",
            "text btp",
            "alert the conductor",
            "go get the bartender",
            "report the account to instagram",
            "ask the group admin to remove him",
            "get a teacher",
            "flag down a staff member",
            "tell her friends what's going on",
            // Batch A2.
            "find the train manager",
            "go get the shop manager",
            "i'll ask the host to deal with it",
            "tell a teacher",
            "grab a lifeguard",
            "tell the moderators",
            "report him to the platform",
            "get some other passengers to back me up",
            "ask someone else to help me",
            "press the help button",
            "i'd let the bar staff know",
            "inform his supervisor",
            "tell the tfl staff",
            "talk to the flight attendant",
            "i'd find a police officer nearby",
            "i'd ask her friends to come over",
            // Batch B.
            "alert the train guard",
            "find the manager on duty",
            "get help from the bar staff",
            "i'd go and get security",
            "speak to the driver",
            "report it to the mods",
            "ask a couple of other people to come with me",
            "tell my supervisor",
            "report it on the transport app",
            "text the transport police",
            "get the bouncers involved",
            "i would report it to the platform",
            "tell her friends so they can help her",
            "i'd tell a teacher straight away",
            "call 101",
            // Batch C.
            "driver",
            "security",
            "tell staff",
            "get the conductor",
            "i'd find a guard",
            "get the host to step in",
            "i'd talk to hr tomorrow",
            "ask the guy next to me to help",
            "press the alarm",
            "get a bouncer over",
            "tell the barman",
            "report his account",
            "message the group admin",
            "tell a lecturer",
            "get someone with authority",
            // Batch D.
            "inform the staff",
            "get the guard involved",
            "let the driver know",
            "find a police officer",
            "go to the front desk",
            "get other people to help",
            "tell a security guard",
            "i'd call the helpline",
            "report to the site admin",
            "ask the train manager to come",
            "get my friends to back me up",
            "tell the bar manager",
            "talk to his manager",
            "i'd notify hr",
            "ask the other passengers to help",
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
            // Batch A.
            "record it on my phone",
            "film it from a distance",
            "take a video",
            "screenshot the messages",
            "write down what happened with the time and date",
            "take notes of what he says",
            "get a pic of his face",
            "i'll keep a record of the comments",
            "screen grab the posts before he deletes them",
            "i would video it discreetly",
            "note the bus number and time",
            "start recording",
            "jot down everything he said after the meeting",
            "snap a photo of his car plate",
            "save the chat logs",
            "keep evidence for her",
            // Batch A2.
            "i'd film him",
            "record the whole thing",
            "take a photo",
            "screenshot the group chat",
            "keep a log of the dates and times",
            "i'd write it all down after",
            "get it on camera",
            "i'd start filming from across the platform",
            "make a note of his description",
            "save the evidence and give it to her",
            "grab screenshots before they delete them",
            "take down his reg number",
            "film him so theres proof",
            "email myself notes about it",
            "keep a diary of what he does",
            // Batch B.
            "i'd get my phone out and record",
            "take pics of what's happening",
            "keep a written record of what he said",
            "film from across the street",
            "note down the time and place",
            "record him on my phone in case she needs it",
            "save the messages as evidence",
            "i'd take a screen recording",
            "write it all down as soon as i can",
            "make notes after the meeting",
            "get his number plate",
            "take a photo of him",
            "keep a copy of the emails",
            "record it so she has proof",
            // Batch C.
            "film",
            "record",
            "take a video on my phone",
            "screenshots",
            "i'd write notes",
            "keep track of what he says",
            "photograph him",
            "log it with dates",
            "i'd video it from a safe distance",
            "gather evidence",
            "document it",
            "capture it on my phone",
            "save the posts",
            "note his face and clothes",
            "make a record of the incident",
            // Batch D.
            "film the whole thing",
            "i'd record a video",
            "screenshot the comments",
            "take a picture of the guy",
            "write down his description",
            "keep notes of everything",
            "i'll take photos as evidence",
            "record audio on my phone",
            "note the date and time",
            "i'd save the screenshots for her",
            "film it and send it to her",
            "jot down what happened",
            "start videoing",
            "log everything he says",
            "get some footage",
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
            // Batch A.
            "message her later to see if she's ok",
            "ask her if she's alright after he leaves",
            "check in with her afterwards",
            "i'll text her tonight",
            "wait till he's gone then go talk to her",
            "after the meeting i'd ask how she's doing",
            "go over to her once it's over and ask if she needs anything",
            "dm her privately to say i saw it",
            "follow up with her tomorrow",
            "make sure she's ok once it's done",
            "i'd sit with her after and ask if she wants me to walk her home",
            "let her know later that it wasn't ok and i'm there for her",
            "catch up with her after class",
            "see how she's feeling afterwards",
            "check on her after",
            // Batch A2.
            "i'd ask her if she's ok after",
            "text her after work",
            "go see her at lunch tomorrow",
            "wait for him to leave and then check on her",
            "message her privately later",
            "afterwards i'd say i noticed and ask if she wants to talk",
            "i'll reach out to her tomorrow",
            "when we get off the train i'll ask if shes alright",
            "talk to her after the meeting",
            "check up on her later",
            "ask if she needs anything once hes gone",
            "send her a dm saying im here for her",
            "give her a call tonight",
            "catch her in the corridor later and see how she is",
            "offer to walk her home after",
            // Batch B.
            "i'll check in with her later",
            "message her after to see how she is",
            "once hes gone ask her if she's ok",
            "talk to her privately after",
            "check on her tomorrow",
            "i'd go up to her afterwards and ask if she's alright",
            "send her a message tonight",
            "wait until he leaves then go sit with her",
            "ask her after class how she's feeling",
            "dm her later and say i saw what happened",
            "follow up with her next week",
            "walk her to her car afterwards",
            "make sure she gets home safe",
            "see if she's ok when we get off",
            "reach out to her after the call",
            // Batch C.
            "check in after",
            "talk to her afterwards",
            "i'd ask her later if she's okay",
            "text her later",
            "make sure she's alright after",
            "see how she is tomorrow",
            "go to her after and ask if she wants company",
            "catch up with her after the meeting",
            "when it's over i'll check on her",
            "message her privately",
            "i'll ask if she needs anything afterwards",
            "check in with her next day",
            "comfort her after he goes",
            "be there for her after",
            // Batch D.
            "ask her later if she needs anything",
            "check in once it's over",
            "text her tomorrow",
            "talk to her once he's gone",
            "go over after and ask if she's ok",
            "see if she's alright afterwards",
            "offer to walk with her after",
            "ask her how she feels after the meeting",
            "check up on her later today",
            "send her a private message",
            "follow up with her later",
            "let her know afterwards that i saw",
            "i'd wait and then check on her",
            "make sure she's safe afterwards",
            "give her a call later",
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
            // Batch A.
            "say 'leave her alone'",
            "tell him to back off",
            "i'd tell him that's not okay",
            "call him out",
            "say \"mate that's not cool\"",
            "confront him",
            "tell him to stop",
            "ask him what he thinks he's doing",
            "i'd say that joke isn't funny",
            "speak up in the meeting and say we don't talk like that here",
            "reply to the post saying that's racist",
            "tell him to knock it off",
            "say oi pack it in",
            "tell him his comments are out of line",
            "ask him to stop misgendering her",
            "say \"she was talking, let her finish\"",
            // Batch A2.
            "tell him to leave her alone",
            "shout stop it",
            "say thats not funny mate",
            "i'd tell him off",
            "say 'hey, that's harassment'",
            "tell him to shut up",
            "i'd say excuse me, that's inappropriate",
            "tell him to get lost",
            "challenge him on it",
            "ask him why he said that",
            "tell the guy to stop touching her",
            "say \"don't talk about her like that\"",
            "tell my uncle his comment was racist",
            "i'd say not cool",
            "point out that her pronouns are she/her",
            // Batch B.
            "tell him to pack it in",
            "i'd say that's not acceptable",
            "tell him to stop being a creep",
            "say 'dude, not cool'",
            "i'd tell him to leave her be",
            "speak up and tell him it's not ok",
            "tell him that joke was racist",
            "call out the comment in the meeting",
            "tell him to get away from her",
            "confront the guy",
            "tell him to back off and leave her alone",
            "say 'that's homophobic, mate'",
            "reply in the chat that it's not okay",
            "tell him his behaviour is inappropriate",
            "i'd tell them to cut it out",
            // Batch C.
            "tell him",
            "tell him to stop it",
            "i'd say that's out of order",
            "say something to him",
            "call him out on it",
            "tell him off",
            "tell him it's not funny",
            "i'd tell the guy to leave her alone",
            "speak up",
            "i would confront them",
            "say 'that's enough'",
            "tell him thats sexist",
            "i'd say 'mate, she's not interested'",
            "ask him to apologise",
            "i'd tell my uncle that's not ok",
            // Batch D.
            "tell him to stop talking to her like that",
            "say 'back off'",
            "i'd tell him he's out of line",
            "i'll tell him to leave",
            "shout 'leave her alone'",
            "tell him to stop harassing her",
            "i'd call him out",
            "say that's not ok",
            "challenge the comment",
            "tell them that's racist",
            "i'd say 'hey, that's not cool'",
            "confront him directly",
            "tell him to keep his hands to himself",
            "stand up to him",
            "tell him to cut it out",
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

    /// "Ring the police" as the answer in a D menu: both the emergency guidance and Delegate coaching.
    func testCallingThePoliceFromAMenuIsDelegateAndEmergency() throws {
        for (path, region, number) in [(Path.standardMenu, "uk", "999"), (Path.cautiousMenu, "us", "911"), (Path.onlineMenu, "au", "000")] {
            for plan in ["ring the police", "call the cops", "get the police"] {
                var chat = try Chat(region: region)
                chat.say(path)
                chat.say(plan)
                XCTAssertEqual(chat.state, "d_delegate_police", plan)
                XCTAssertTrue(chat.tags.contains("d.delegate") && chat.tags.contains("safety.emergency"), "\(plan) \(chat.tags)")
                XCTAssertTrue(chat.text.contains(number), chat.text)
                XCTAssertFalse(chat.choices.contains { $0.contains("Direct") })
                chat.say("1")
                XCTAssertEqual(chat.state, "plan_commit")
                XCTAssertEqual(chat.session.slots["plan"], "delegate")
            }
        }
    }

    /// The same plan, however it is introduced: "I'd", "id", "ill", "maybe", "honestly I'd", none.
    func testPlansWithAnyLeadIn() throws {
        let leads = ["", "i'd ", "I would ", "i'll ", "I could ", "maybe ", "probably ", "id ", "ill ", "im gonna ", "honestly i'd ", "i'd just "]
        let cores = [
            "distract": ["ask her what time it is", "pretend to know her", "spill my drink near them", "start chatting to her", "drop my keys", "offer her my seat"],
            "delegate": ["tell the driver", "get security", "find a staff member", "report him to hr", "press the emergency button", "tell the bouncer"],
            "document": ["film it", "record him", "screenshot the messages", "write down what happened", "take a photo of him", "note the time and place"],
            "delay": ["check in with her after", "message her later", "talk to her once he's gone", "see how she is tomorrow", "text her after"],
            "direct": ["tell him to stop", "say that's not ok", "call him out", "confront him", "tell him to back off", "tell him that's racist"],
        ]
        var wrong: [String] = []
        for (d, plans) in cores {
            for (i, plan) in plans.enumerated() {
                for lead in [leads[i % leads.count], leads[(i + 5) % leads.count], leads[(i + 9) % leads.count]] {
                    var chat = try Chat()
                    chat.say(Path.standardMenu)
                    chat.say(lead + plan)
                    if !chat.tags.contains("d.\(d)") { wrong.append("\(d): \(lead + plan) -> \(chat.state)") }
                }
            }
        }
        XCTAssertEqual(wrong, [])
    }

    /// A one-word answer in a menu: "later" is a Delay plan there, not goodbye.
    func testOneWordPlans() throws {
        for (word, state) in [("later", "d_delay"), ("driver", "d_delegate"), ("security", "d_delegate"), ("film", "d_document"),
                              ("screenshots", "d_document"), ("confront", "d_direct")] {
            var chat = try Chat()
            chat.say(Path.standardMenu)
            chat.say(word)
            XCTAssertEqual(chat.state, state, word)
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
