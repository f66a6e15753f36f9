import CoachCore
import XCTest

/// The emergency guidance itself. Which messages are danger (and which are not) is data now:
/// `Dialogues/examples/danger.examples`, run by `coach test` and by `BuiltinExamplesTests`.
final class DangerTests: XCTestCase {
    func testEmergencyNeverSuggestsDirect() throws {
        var chat = try Chat()
        chat.say("he has a knife")
        XCTAssertEqual(chat.state, "emergency")
        XCTAssertFalse(chat.choices.contains { $0.contains("Direct") })
        chat.say("1")
        XCTAssertEqual(chat.state, "while_waiting")
        XCTAssertFalse(chat.choices.contains { $0.contains("Direct") })
        chat.say("I'd tell him to stop")
        XCTAssertEqual(chat.state, "direct_not_now")
        XCTAssertFalse(chat.tags.contains("d.direct"))
        chat.say("1")
        XCTAssertEqual(chat.state, "d_delegate")
        XCTAssertTrue(chat.tags.contains("d.delegate"))
        XCTAssertTrue(chat.text.contains("emergency services come first"))
    }
}
