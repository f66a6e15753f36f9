import CoachCore
import CoachTranscripts
import XCTest

/// Runs the transcript fixtures through the same runner as `coach test`, so `swift test` fails when they break.
final class FixtureSuiteTests: XCTestCase {
    func testPassingSuitePasses() {
        let suite = TranscriptSuite.load(paths: [Fixtures.transcripts + "/passing"], brain: Fixtures.brain)
        XCTAssertEqual(suite.entries.map { ($0.path as NSString).lastPathComponent }, ["basics.test", "safety.test", "setup.test", "steps.test"])
        let diagnostics = suite.entries.flatMap(\.diagnostics)
        XCTAssertEqual(diagnostics, [], DiagnosticRenderer(sources: suite.sources).render(diagnostics))
        let result = Fixtures.runner.run(suite)
        let failures = result.conversations.filter { !$0.passed }.map(TranscriptReport().render).joined()
        XCTAssertEqual(result.failed, 0, failures)
        XCTAssertEqual(result.passed, 23)
    }

    func testTheREADMEExamplePasses() {
        let result = Fixtures.runner.run(TranscriptSuite.load(paths: [Fixtures.transcripts + "/readme"], brain: Fixtures.brain))
        XCTAssertEqual(result.failed, 0, result.conversations.filter { !$0.passed }.map(TranscriptReport().render).joined())
        XCTAssertEqual(result.passed, 3)
    }

    func testFailingAndBrokenFixturesFail() {
        let suite = TranscriptSuite.load(paths: [Fixtures.transcripts + "/failing", Fixtures.transcripts + "/broken"], brain: Fixtures.brain)
        let result = Fixtures.runner.run(suite)
        XCTAssertEqual(result.conversations.map(\.name), ["passes", "wrong words and wrong state", "fails inside shared steps"])
        XCTAssertEqual(result.passed, 1)
        XCTAssertEqual(result.failed, 3)
        XCTAssertEqual(result.files.map(\.isBroken), [false, true])
    }

    func testFilterRunsMatchingConversationsOnly() {
        let suite = TranscriptSuite.load(paths: [Fixtures.transcripts + "/passing"], brain: Fixtures.brain)
        let result = Fixtures.runner.run(suite, filter: "THE d menu")
        XCTAssertEqual(result.conversations.map(\.name), ["a knife at the D menu is an emergency", "distract from the D menu", "delegate from the D menu"])
    }

    func testTheRunnerIsDeterministic() {
        let suite = TranscriptSuite.load(paths: [Fixtures.transcripts + "/passing", Fixtures.transcripts + "/failing"], brain: Fixtures.brain)
        let render = { (result: SuiteResult) in result.conversations.map(TranscriptReport().render).joined() }
        XCTAssertEqual(render(Fixtures.runner.run(suite)), render(Fixtures.runner.run(suite, parallel: false)))
    }
}
