import CoachCore
import CoachFiles
import CoachTranscripts
import XCTest

/// Runs the built-in examples (`Dialogues/examples/*.examples` and the intents' `example:` lines) against the
/// built-in dialogues, through the same runner as `coach test`; every failing example is reported with file:line.
final class BuiltinExamplesTests: XCTestCase {
    func testBuiltinExamplesPass() throws {
        let loaded = DialogueDirectory(path: BuiltinSuiteTests.dialogues).load()
        let brain = try XCTUnwrap(loaded.brain, DiagnosticRenderer(sources: loaded.sources).render(loaded.diagnostics))
        let files = ExampleSuite.files(in: [BuiltinSuiteTests.dialogues + "/examples"])
        XCTAssertFalse(files.isEmpty, "the built-in dialogues have example files")
        var total = 0
        var report = ""
        for path in files {
            let (result, source) = ExampleSuite.run(path: path, brain: brain)
            XCTAssertEqual(result.diagnostics, [], DiagnosticRenderer(sources: source.map { [path: $0] } ?? [:]).render(result.diagnostics))
            total += result.total
            if result.failed > 0 { report += result.render() }
        }
        let runner = ExampleRunner(brain: brain)
        for (file, cases) in runner.intentExamples() {
            let result = runner.run(cases, file: file)
            total += result.total
            if result.failed > 0 { report += result.render() }
        }
        XCTAssertEqual(report, "", "failing built-in examples")
        XCTAssertGreaterThan(total, 1000)
    }
}
