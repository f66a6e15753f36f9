import CoachCore
import CoachTranscripts
import XCTest

/// `coach eval`'s labelled files and scores.
final class EvaluationTests: XCTestCase {
    func testParseDirectivesCommentsAndErrors() {
        let (file, diagnostics) = LabelledFile.parse("# state: plan\n# focus: distract, delegate\n# a comment\ndistract\tspill my tea\n\nno tab here\n\tmissing label\ndelegate\t \n", path: "l.tsv")
        XCTAssertEqual(file.state, "plan")
        XCTAssertEqual(file.focus, ["distract", "delegate"])
        XCTAssertEqual(file.rows, [.init(label: "distract", message: "spill my tea", line: 4)])
        XCTAssertEqual(Fixtures.describe(diagnostics), ["6:1: error: expected 'label<TAB>message'", "7:1: error: expected a label before the tab",
                                                        "8:10: error: expected a message after the tab"])
    }

    func testScoresConfusionAndMisses() {
        let rows: [LabelledFile.Row] = [
            .init(label: "distract", message: "I'd spill my coffee", line: 1),
            .init(label: "distract", message: "I'd ask for the time", line: 2),
            .init(label: "delegate", message: "tell the driver", line: 3),
            .init(label: "delegate", message: "find a guard", line: 4),
            .init(label: "none", message: "the weather is nice", line: 5),
            .init(label: "none", message: "I'd spill it", line: 6),
        ]
        XCTAssertEqual(Evaluator.defaultFocus(rows), ["distract", "delegate"])
        let result = Evaluator(brain: Fixtures.brain).run(rows, state: "plan", focus: ["distract", "delegate"])
        XCTAssertEqual(result.outcomes.map(\.predicted), ["distract", "distract", "delegate", "none", "none", "distract"])
        XCTAssertEqual(result.score("distract").precision, 2.0 / 3)
        XCTAssertEqual(result.score("distract").recall, 1)
        XCTAssertEqual(result.score("delegate").recall, 0.5)
        XCTAssertEqual(result.score("delegate").support, 2)
        XCTAssertEqual(result.accuracy, 4.0 / 6)
        XCTAssertEqual(result.falseShare, 0.5)
        XCTAssertEqual(result.count(label: "delegate", predicted: "none"), 1)
        XCTAssertEqual(result.misses.map(\.row.line), [4, 6])
    }

    func testFirstMessageAndFocus() {
        let rows: [LabelledFile.Row] = [.init(label: "danger", message: "he has a knife", line: 1), .init(label: "work", message: "at the office", line: 2)]
        let result = Evaluator(brain: Fixtures.brain).run(rows, state: nil, focus: ["danger"])
        XCTAssertEqual(result.outcomes.map(\.label), ["danger", "none"], "labels outside the focus count as none")
        XCTAssertEqual(result.outcomes.map(\.predicted), ["danger", "none"], "predictions outside the focus count as none")
    }
}
