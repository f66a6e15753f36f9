import CoachCore
import CoachFiles
import CoachHTTP
import CoachStore
import XCTest
@testable import CoachServer

/// Platforms retry: a repeated Telegram update or Twilio message gets the first reply and does not advance.
final class RetryTests: XCTestCase {
    func makeApp() -> CoachApplication {
        let brain = DialogueDirectory(path: ApplicationTests.exampleDirectory).load().brain!
        return CoachApplication(service: ConversationService(engine: Engine(brain: brain), repository: MemorySessionRepository(), seed: 1), configuration: ServerConfiguration())
    }

    func post(_ app: CoachApplication, _ path: String, _ body: String) -> String {
        let response = app.respond(to: HTTPRequest(method: "POST", target: path, headers: HTTPHeaders([]), body: Array(body.utf8)))
        XCTAssertEqual(response.status, 200, body)
        return String(decoding: response.body, as: UTF8.self)
    }

    func update(_ id: Int, _ text: String) -> String {
        #"{"update_id":\#(id),"message":{"chat":{"id":5},"from":{"id":5},"text":"\#(text)"}}"#
    }

    func testARepeatedTelegramUpdateGetsTheSameReplyAndAdvancesOnce() {
        let app = makeApp()
        let first = post(app, "/telegram", update(10, "at work"))
        XCTAssertTrue(first.contains("Your setting is work"), first)
        XCTAssertEqual(post(app, "/telegram", update(10, "at work")), first)
        XCTAssertEqual(app.service.repository.load("telegram:5")?.state, "setting_chosen")
        // The same words in a new update are a new turn.
        XCTAssertNotEqual(post(app, "/telegram", update(11, "at work")), first)
    }

    func testARepeatedTwilioMessageGetsTheSameReplyAndAdvancesOnce() {
        let app = makeApp()
        let first = post(app, "/twilio", "From=%2B15550009&Body=on+the+street&MessageSid=SM42")
        XCTAssertTrue(first.contains("Your setting is street"), first)
        XCTAssertEqual(post(app, "/twilio", "From=%2B15550009&Body=on+the+street&MessageSid=SM42"), first)
        XCTAssertEqual(app.service.repository.load("twilio:+15550009")?.state, "setting_chosen")
        // Without a MessageSid (not from Twilio) every request is a turn.
        XCTAssertNotEqual(post(app, "/twilio", "From=%2B15550009&Body=on+the+street"), first)
    }
}
