import CoachCore
import CoachFiles
import CoachTranscripts
import Foundation
import XCTest

/// Paths and helpers shared by the transcript tests.
enum Fixtures {
    /// `Tests/` of the package, found from this file's path.
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path
    static let example = tests + "/Fixtures/example"
    static let transcripts = tests + "/Fixtures/transcripts"

    /// The example dialogue, compiled once for all tests.
    static let brain: Brain = {
        let loaded = DialogueDirectory(path: example).load()
        guard let brain = loaded.brain else { fatalError("the example dialogue does not compile: \(loaded.diagnostics)") }
        return brain
    }()

    /// A runner whose clock stands still, so durations are 0 and reports are exact.
    static let runner = TranscriptRunner(brain: brain, clock: { 0 })

    /// Parses `text` as a file named `path`, checked against the example dialogue.
    static func suite(_ text: String, path: String = "t.test") -> TranscriptSuite {
        TranscriptSuite(texts: [(path, text)], brain: brain)
    }

    /// Diagnostics as `line:column: severity: message`, the file name left out.
    static func describe(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
    }

    /// Runs `text`, which must parse cleanly, and returns its results.
    static func run(_ text: String, path: String = "t.test", file: StaticString = #filePath, line: UInt = #line) -> SuiteResult {
        let suite = suite(text, path: path)
        let diagnostics = suite.entries.flatMap(\.diagnostics)
        XCTAssertEqual(describe(diagnostics), [], "the transcript should parse", file: file, line: line)
        return runner.run(suite)
    }
}
