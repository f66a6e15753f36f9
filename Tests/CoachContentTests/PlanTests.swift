import CoachCore
import XCTest

/// What the coach does with some plans. Which D a plan is, in every menu and in practice, is data now:
/// `Dialogues/examples/plans.examples`, run by `coach test` and by `BuiltinExamplesTests`.
final class PlanTests: XCTestCase {
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
}
