import CoachCore
import XCTest

/// A first message picks a mode and a setting that the coaching keeps. Which intent a first message is
/// is data now: `Dialogues/examples/first_message.examples`; answers that pick a choice by its words stay here.
final class FirstMessageTests: XCTestCase {
    func testAFirstMessageCanPickAChoiceByItsWords() throws {
        for (message, state, mode) in [("i want to learn the 5ds", "learn_menu", "learn"), ("happening rn", "safety_check", "now")] {
            var chat = try Chat()
            chat.say(message)
            XCTAssertEqual(chat.state, state, message)
            XCTAssertEqual(chat.session.slots["mode"], mode, message)
        }
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
