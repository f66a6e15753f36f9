import CoachCore
import CoachStore
import CoachTranscripts
import XCTest

/// A chat recorded through the recorder API replays as a passing test.
final class RecordingTests: XCTestCase {
    /// Chats through a conversation service, as `coach chat` does, feeding the recorder as the terminal does.
    func chat(_ messages: [String], seed: UInt64?, region: String?, coachFirst: Bool) throws -> ChatRecording {
        let service = ConversationService(engine: Engine(brain: Fixtures.brain), repository: MemorySessionRepository(), seed: seed, context: region.map { ["region": $0] } ?? [:])
        var recording = ChatRecording(seed: seed, region: region, dialogues: "Tests/Fixtures/example")
        if coachFirst { recording.opened(turn: try service.open(user: "me")) }
        for message in messages {
            recording.record(user: message, turn: try service.handle(user: "me", text: message))
        }
        return recording
    }

    func testExactRecording() throws {
        let recording = try chat(["at work", "what?", "pardon?", "he has a knife", "continue", "bye"], seed: 1, region: "uk", coachFirst: true)
        XCTAssertEqual(recording.text, """
            # Recorded with 'coach chat --record': the expectations are what the coach actually said.
            # Loosen them by hand where the exact words do not matter ('says:', 'or:', 'matches:').
            # Dialogues: Tests/Fixtures/example (run with: coach test FILE --dialogues Tests/Fixtures/example)
            seed: 1
            region: uk

            test: recorded chat
              < Hello, I'm the example coach.
              < Where are you?
              choices: At work | On the street | Practise a scene
              state: welcome
              tags: greeting

              > at work
              < At work, a manager or HR can help.
              < Your setting is work. Is anyone hurt?
              state: setting_chosen

              > what?
              < Which would you try?
              choices: Distract | Delegate
              state: plan
              tags: d.menu

              > pardon?
              < Sorry, I didn't catch that. Which would you try?
              state: plan
              tags: fallback, d.menu

              > he has a knife
              < Call 999 now and keep a safe distance.
              choices: Continue
              state: emergency
              intent: danger
              tags: safety.emergency

              > continue
              < Which would you try?
              choices: Distract | Delegate
              state: plan
              tags: d.menu

              > bye
              < Take care.
              state: goodbye
              state: @end
              intent: quit

            """)
        XCTAssertEqual(replay(recording).failed, 0)
    }

    func testRecordedChatsReplayAsPassingTests() throws {
        let chats: [(name: String, messages: [String], seed: UInt64?, region: String?, coachFirst: Bool)] = [
            ("terminal, random seed", ["2", "what?", "pardon?", "1", "no", "delegate", "thanks"], nil, nil, true),
            ("terminal, uk", ["hello", "on the bus", "yes", "continue", "nobody", "tell the driver", "ok"], 7, "uk", true),
            ("json lines, person first", ["hi", "what?", "pardon?", "3", "I'd spill my coffee", "back", "restart", "quit"], nil, "fr", false),
            ("json lines, an empty message", ["", "office", "help", "yes"], 3, nil, false),
        ]
        for chat in chats {
            let recording = try self.chat(chat.messages, seed: chat.seed, region: chat.region, coachFirst: chat.coachFirst)
            let result = replay(recording)
            XCTAssertEqual(result.files[0].diagnostics.map(\.message), [], chat.name)
            XCTAssertEqual(result.passed, 1, chat.name + "\n" + recording.text + result.conversations.map(TranscriptReport().render).joined())
        }
    }

    func testMenuIsRecordedWithItsChoices() throws {
        let recording = try chat(["what?", "pardon?"], seed: 0, region: nil, coachFirst: true)
        XCTAssertTrue(recording.text.contains("  < Let's make it easier. Reply with a number:\n  choices: At work | On the street | Practise a scene\n"))
        XCTAssertEqual(replay(recording).passed, 1)
    }

    func testCommandsAreRecordedAsCommands() throws {
        let engine = Engine(brain: Fixtures.brain)
        var recording = ChatRecording(seed: 5)
        var turn = engine.respond(to: "at work", in: engine.newSession(seed: 5))
        recording.record(user: "at work", turn: turn)
        turn = engine.perform(.back, in: turn.session)
        recording.record(user: " /Back ", turn: turn)
        XCTAssertTrue(recording.text.contains("\n  > /back\n  < Hi, I'm the example coach.\n"), recording.text)
        XCTAssertEqual(replay(recording).passed, 1)
    }

    func testStartAndForgetAreRecordedAsCommandsAndReplay() throws {
        let service = ConversationService(engine: Engine(brain: Fixtures.brain), repository: MemorySessionRepository(), seed: 5)
        var recording = ChatRecording(seed: 5)
        for text in ["at work", "/start", "/forget", "2"] {
            recording.record(user: text, turn: try service.reply(user: "u", text: text))
        }
        XCTAssertTrue(recording.text.contains("\n  > /start\n"), recording.text)
        XCTAssertTrue(recording.text.contains("\n  > /forget\n  < Everything kept about this conversation is erased. Write again any time to start afresh.\n"), recording.text)
        XCTAssertFalse(recording.text.contains("not recorded"), recording.text)
        XCTAssertEqual(replay(recording).passed, 1)
    }

    func testATurnTheRecorderDidNotSeeIsNoted() throws {
        let engine = Engine(brain: Fixtures.brain)
        var recording = ChatRecording(seed: 5)
        var turn = engine.respond(to: "at work", in: engine.newSession(seed: 5))
        recording.record(user: "at work", turn: turn)
        turn = engine.perform(.back, in: turn.session)
        turn = engine.respond(to: "2", in: turn.session)
        recording.record(user: "2", turn: turn)
        XCTAssertTrue(recording.text.contains("""
              state: setting_chosen

              # Something happened here that was not recorded (such as /back or /restart), so this test may not replay.

              > 2

            """), recording.text)
    }

    func testNothingRecordedIsAFileWithNoTests() {
        let recording = ChatRecording(seed: 3, region: "uk")
        XCTAssertTrue(recording.isEmpty)
        XCTAssertEqual(recording.text.split(separator: "\n").suffix(2), ["seed: 3", "region: uk"])
        XCTAssertEqual(replay(recording).conversations.count, 0)
    }

    private func replay(_ recording: ChatRecording) -> SuiteResult {
        let suite = TranscriptSuite(texts: [("recorded.test", recording.text)], brain: Fixtures.brain)
        return Fixtures.runner.run(suite)
    }
}
