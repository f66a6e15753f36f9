import CoachTranscripts
import XCTest

/// Coverage numbers on the example dialogue, for a small suite.
final class CoverageTests: XCTestCase {
    func testSmallSuite() {
        let text = """
            test: to an emergency
              says: example coach
              > 1
              > he has a knife
              state: emergency

            """
        let result = Fixtures.run(text)
        XCTAssertEqual(result.failed, 0)
        let coverage = CoverageReport(brain: Fixtures.brain, exercised: result.exercised)
        XCTAssertEqual(coverage.states.total, 13)
        XCTAssertEqual(coverage.states.exercised, ["welcome", "setting_chosen", "emergency"])
        XCTAssertEqual(coverage.states.percent, 23)
        XCTAssertEqual(coverage.states.missed, ["plan", "distract", "work_note", "delegate", "done", "help", "welcome_back", "goodbye", "scene", "scene_feedback"])
        XCTAssertEqual(coverage.transitions.total, 18)
        XCTAssertEqual(coverage.transitions.exercised, ["welcome -> setting_chosen", "setting_chosen -> emergency", "* -> emergency"])
        XCTAssertEqual(coverage.transitions.percent, 16)
        XCTAssertEqual(coverage.intents.exercised, ["danger"])
        XCTAssertEqual(coverage.intents.total, 11)
        XCTAssertEqual(coverage.intents.percent, 9)
        XCTAssertEqual(TranscriptReport().render(coverage), """
            coverage:
              states: 3 of 13 (23%)
                never entered: plan, distract, work_note, delegate, done, help, welcome_back, goodbye, scene, scene_feedback
              transitions: 3 of 18 (16%)
                never taken: welcome -> scene, setting_chosen -> plan, plan -> distract, plan -> delegate, distract -> work_note, distract -> done, work_note -> done, delegate -> done, done -> goodbye, welcome_back -> welcome, scene -> scene_feedback, scene_feedback -> done, * -> help, * -> welcome, * -> goodbye
              intents: 1 of 11 (9%)
                never matched: help, back, restart, quit, yes, no, work, street, distract, delegate

            """)
    }

    func testTheDialoguesTransitions() {
        XCTAssertEqual(CoverageReport.transitions(of: Fixtures.brain).map(\.description), [
            "welcome -> setting_chosen", "welcome -> scene", "setting_chosen -> emergency", "setting_chosen -> plan",
            "plan -> distract", "plan -> delegate", "distract -> work_note", "distract -> done", "work_note -> done",
            "delegate -> done", "done -> goodbye", "welcome_back -> welcome", "scene -> scene_feedback", "scene_feedback -> done",
            "* -> emergency", "* -> help", "* -> welcome", "* -> goodbye",
        ])
    }

    func testTheFixtureSuiteCoversMost() {
        let suite = TranscriptSuite.load(paths: [Fixtures.transcripts + "/passing"], brain: Fixtures.brain)
        let coverage = CoverageReport(brain: Fixtures.brain, exercised: Fixtures.runner.run(suite).exercised)
        XCTAssertEqual(coverage.states.missed, ["welcome_back", "scene"])
        XCTAssertEqual(coverage.intents.missed, [])
    }

    func testNothingToCoverIsAll() {
        XCTAssertEqual(CoverageReport(brain: Fixtures.brain, exercised: Exercised()).states.percent, 0)
    }
}
