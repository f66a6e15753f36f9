import CoachCore
import XCTest

/// A first message is recognised as a mode (Right now, Practice, Learn, After) and, when it describes
/// harassment, as a setting that the coaching keeps. Messages from the fresh batches (see DangerTests).
final class FirstMessageTests: XCTestCase {
    /// (message, mode): now -> the safety check, practice -> the scenario list, learn -> the 5Ds, after -> follow-up.
    static let modes: [(String, String)] = [
        ("something is happening rn i need help", "now"),
        ("need help right now", "now"),
        ("theres a guy harassing a girl next to me", "now"),
        ("its happening right now what do i do", "now"),
        ("can i practise", "practice"),
        ("i want to roleplay a scenario", "practice"),
        ("let me rehearse what to say", "practice"),
        ("give me a scene to practice on", "practice"),
        ("what are the 5 ds", "learn"),
        ("explain the five Ds to me", "learn"),
        ("teach me about bystander intervention", "learn"),
        ("i want to learn how to be a better ally", "learn"),
        ("something happened last week and i want to follow up", "after"),
        ("i saw something yesterday and i feel bad i didnt help", "after"),
        ("how do i check on my coworker after what happened", "after"),
        ("i want to reflect on something i saw", "after"),
        ("it's going on now", "now"),
        ("urgent need help a guy is harassing a girl", "now"),
        ("i want to practice stepping in", "practice"),
        ("can we do a role play", "practice"),
        ("what does delegate mean", "learn"),
        ("how do i be an active bystander", "learn"),
        ("it happened last night and i didnt do anything", "after"),
        ("i want to report something that happened at work", "after"),
        ("help theres something happening", "now"),
        ("something bad is happening on my bus", "now"),
        ("right now a man is harassing a woman", "now"),
        ("need help asap", "now"),
        ("let's practise", "practice"),
        ("can i try a practice scenario", "practice"),
        ("i'd like to rehearse", "practice"),
        ("what's the difference between distract and delay", "learn"),
        ("tell me about the 5 Ds", "learn"),
        ("how can i be a good ally", "learn"),
        ("i want to talk about something that happened earlier", "after"),
        ("it's over now but i want to check on her", "after"),
        ("i feel guilty i didn't step in yesterday", "after"),
        ("it's happening now", "now"),
        ("there's a guy harassing someone near me what do i do", "now"),
        ("help me please a girl is being harassed", "now"),
        ("practice", "practice"),
        ("i want to try a scenario", "practice"),
        ("learn", "learn"),
        ("what is the 5d method", "learn"),
        ("what are the five ways to intervene", "learn"),
        ("i want to follow up on something", "after"),
        ("something happened last week", "after"),
        ("i didn't help someone and i regret it", "after"),
        ("i need help now", "now"),
        ("it's going on right now", "now"),
        ("happening right now on my train", "now"),
        ("i want to practise", "practice"),
        ("role play please", "practice"),
        ("i want to learn the 5ds", "learn"),
        ("what does direct mean", "learn"),
        ("i saw something last week", "after"),
        ("i want to reflect on what happened", "after"),
        ("urgent a guy is harassing a woman next to me", "now"),
        ("happening rn", "now"),
        ("need help with something happening now", "now"),
        ("can i roleplay", "practice"),
        ("practice scenario please", "practice"),
        ("what are the 5ds", "learn"),
        ("how do i become a better ally", "learn"),
        ("something happened at work yesterday", "after"),
        ("i want to debrief about last night", "after"),
        ("there's something going on right now", "now"),
        ("need help now theres a guy bothering a woman", "now"),
        ("i'd like to practise a situation", "practice"),
        ("roleplay", "practice"),
        ("what are the 5 d's", "learn"),
        ("explain bystander intervention", "learn"),
        ("i want to check on someone after something yesterday", "after"),
        ("it already happened but i'm still thinking about it", "after"),
    ]

    /// (message, setting slot) for a first message that describes harassment somewhere.
    static let settings: [(String, String)] = [
        ("a man is bothering a woman on the tube", "transit"),
        ("guy on my bus keeps leaning over a girl", "transit"),
        ("some bloke on the train is harassing a teenager", "transit"),
        ("on the metro a guy is making comments at a woman", "transit"),
        ("my colleague is making gross comments in the office", "work"),
        ("in a meeting my boss is belittling a junior", "work"),
        ("at school some boys are harassing a girl in my class", "work"),
        ("a coworker keeps commenting on the new intern", "work"),
        ("people are piling on a girl in our group chat", "online"),
        ("someone is harassing my friend on twitter", "online"),
        ("racist comments on a discord server im in", "online"),
        ("guys are sending a woman creepy dms on insta", "online"),
        ("a man is catcalling women on the street", "street"),
        ("some guy in the shop is harassing the cashier", "street"),
        ("a man in the park is shouting at a woman", "street"),
        ("at a party a guy wont leave a girl alone", "social"),
        ("my uncle is saying racist stuff at family dinner", "social"),
        ("in the pub a bloke keeps touching a girl's hair", "social"),
        ("my friend's boyfriend is being nasty to her at a house party", "social"),
        ("some creep on the overground is bothering a girl", "transit"),
        ("guy in the subway car wont leave a woman alone", "transit"),
        ("on the tram a man is shouting at a lady in a hijab", "transit"),
        ("a man at the bus stop keeps hassling a schoolgirl", "transit"),
        ("on my flight the guy next to me is harassing the flight attendant", "transit"),
        ("my manager keeps making comments about a woman on my team", "work"),
        ("at uni a lecturer is being creepy with a student", "work"),
        ("during standup someone made a nasty joke about a colleague", "work"),
        ("in the staff room a teacher keeps mocking another teacher", "work"),
        ("someone is trolling my friend in the comments on tiktok", "online"),
        ("people are harassing a girl on reddit", "online"),
        ("on whatsapp a guy keeps sending her horrible messages", "online"),
        ("outside the supermarket a man is yelling at a woman", "street"),
        ("in the high street some lads are heckling a woman", "street"),
        ("at a wedding a guest keeps groping the waitress", "social"),
        ("at the club a guy keeps pulling a girl onto the dancefloor", "social"),
        ("at my cousin's birthday her husband is belittling her", "social"),
        ("at a bbq a friend keeps making sexist jokes", "social"),
        ("man harassing a girl on the tram", "transit"),
        ("guy on my train keeps touching a woman's leg", "transit"),
        ("someone on the night bus is hassling a girl", "transit"),
        ("at the bus stop a man won't leave a teenager alone", "transit"),
        ("at work a guy keeps making sexual comments to the new girl", "work"),
        ("in class some guys are mocking a girl's body", "work"),
        ("my team lead keeps belittling my colleague", "work"),
        ("a girl is being harassed in our discord", "online"),
        ("people keep posting mean stuff about her on insta", "online"),
        ("creepy dms to my friend on twitter", "online"),
        ("outside the cafe a guy is shouting at a woman", "street"),
        ("at the party a guy keeps pushing drinks on a girl", "social"),
        ("at family dinner my dad keeps saying sexist things", "social"),
        ("a man on the train keeps touching a girl", "transit"),
        ("on the bus a guy is making racist comments", "transit"),
        ("my boss keeps touching my coworker's back", "work"),
        ("at school someone's being bullied for being gay", "work"),
        ("someone is harassing her in the comments of her tiktok", "online"),
        ("in my group chat people are being racist", "online"),
        ("in a shop a guy is harassing the staff", "street"),
        ("at a party a drunk guy keeps hitting on a girl", "social"),
        ("at christmas dinner my uncle keeps making racist jokes", "social"),
        ("a guy on the subway is grabbing at a woman", "transit"),
        ("at the train station a man won't leave a girl alone", "transit"),
        ("at my job a guy keeps hitting on the new girl", "work"),
        ("in the office my boss is being creepy to an intern", "work"),
        ("someone is posting her private pics online", "online"),
        ("people are bullying a kid in a gaming chat", "online"),
        ("at the park a man keeps approaching women", "street"),
        ("at the bar a guy won't leave a girl alone", "social"),
        ("at a house party a guy keeps touching girls", "social"),
        ("on the tube a man keeps pressing up against a woman", "transit"),
        ("on my flight a man is harassing the woman next to him", "transit"),
        ("in my office a guy keeps making comments about women", "work"),
        ("at uni a guy in my seminar keeps mocking a girl", "work"),
        ("on reddit people are harassing a trans woman", "online"),
        ("in the whatsapp group they're being racist to a new member", "online"),
        ("in the park a man keeps shouting at girls", "street"),
        ("outside the shop a guy is harassing a woman", "street"),
        ("at the pub a man keeps touching a woman's back", "social"),
        ("at my cousins wedding a guest keeps hitting on a waitress", "social"),
        ("a guy is harassing a girl on the metro", "transit"),
        ("on the train a man is filming a woman's legs", "transit"),
        ("at work my manager keeps commenting on a junior's looks", "work"),
        ("at school a teacher is picking on a student", "work"),
        ("people are being sexist on my discord server", "online"),
        ("someone keeps posting about her on twitter", "online"),
        ("on the pavement a guy keeps blocking a woman's way", "street"),
        ("in the supermarket a man is making comments at a cashier", "street"),
        ("at a bbq my mate keeps making gay jokes", "social"),
        ("at the bar a guy keeps touching women", "social"),
    ]

    static let modeStates = ["now": "safety_check", "practice": "practice_menu", "learn": "learn_menu", "after": "after_start"]

    func testModesFromAFirstMessage() throws {
        var wrong: [String] = []
        for (message, mode) in Self.modes {
            var chat = try Chat()
            chat.say(message)
            if chat.state != Self.modeStates[mode] || chat.session.slots["mode"] != mode {
                wrong.append("\(message) -> \(chat.state) mode=\(chat.session.slots["mode"] ?? "nil")")
            }
        }
        XCTAssertEqual(wrong, [])
    }

    func testSettingsFromAFirstMessage() throws {
        var wrong: [String] = []
        for (message, setting) in Self.settings {
            var chat = try Chat()
            chat.say(message)
            if chat.state != "safety_check" || chat.session.slots["setting"] != setting {
                wrong.append("\(message) -> \(chat.state) setting=\(chat.session.slots["setting"] ?? "nil")")
            }
            XCTAssertTrue(chat.tags.contains("safety.check"), message)
        }
        XCTAssertEqual(wrong, [])
    }

    /// The setting found in the first message shapes the D coaching: on a train, Delegate names the driver.
    func testTheSettingIsKeptThroughToTheCoaching() throws {
        var chat = try Chat()
        chat.say("some creep on the overground is bothering a girl")
        XCTAssertEqual(chat.session.slots["setting"], "transit")
        chat.say(["no", "1", "tell the guard"])
        XCTAssertEqual(chat.state, "d_delegate")
        XCTAssertTrue(chat.text.contains("driver"), chat.text)
    }
}
