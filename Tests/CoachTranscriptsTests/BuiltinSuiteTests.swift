import CoachCore
import CoachFiles
import CoachTranscripts
import XCTest

/// Runs the built-in transcript suite (`Dialogues/tests`) against the built-in dialogues, through the same
/// runner as `coach test`, so `swift test` fails when the coaching content breaks.
final class BuiltinSuiteTests: XCTestCase {
    static let dialogues = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Dialogues").path

    func testBuiltinSuitePasses() throws {
        let loaded = DialogueDirectory(path: Self.dialogues).load()
        let brain = try XCTUnwrap(loaded.brain, DiagnosticRenderer(sources: loaded.sources).render(loaded.diagnostics))
        let suite = TranscriptSuite.load(paths: [Self.dialogues + "/tests"], brain: brain)
        let diagnostics = suite.entries.flatMap(\.diagnostics).filter(\.isError)
        XCTAssertEqual(diagnostics, [], DiagnosticRenderer(sources: suite.sources).render(diagnostics))
        let result = TranscriptRunner(brain: brain).run(suite)
        let failures = result.conversations.filter { !$0.passed }.map(TranscriptReport().render).joined()
        XCTAssertEqual(result.failed, 0, failures)
        XCTAssertGreaterThan(result.passed, 0, "the built-in suite has conversations")
    }
}
