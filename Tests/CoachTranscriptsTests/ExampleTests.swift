import CoachCore
import CoachTranscripts
import XCTest

/// Example files: parsing (errors at line and column), checking names, and running against the example dialogue.
final class ExampleTests: XCTestCase {
    static let text = """
    # examples of the example dialogue
    danger: he has a knife
    not danger: shooting a video
    danger: nice weather
    in welcome
    work: at the office
    street: at the office
    in plan,
    in welcome
    distract: I'd ask for the time
    danger, yes: someone is hurt
    not work, street: hello there
    """

    func parse(_ text: String) -> (ExampleFile, [String]) {
        let (file, diagnostics) = ExampleFile.parse(text, path: "t.examples")
        return (file, Fixtures.describe(diagnostics + file.check(against: Fixtures.brain)))
    }

    func testParse() {
        let (file, diagnostics) = parse(Self.text)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(file.cases.count, 8)
        XCTAssertEqual(file.cases[0].intent.name, "danger")
        XCTAssertEqual(file.cases[0].location, SourceLocation(file: "t.examples", line: 2, column: 1))
        XCTAssertEqual(file.cases[1].mustMatch, false)
        XCTAssertEqual(file.cases[3].states.map(\.name), ["welcome"])
        XCTAssertEqual(file.cases[5].states.map(\.name), ["plan", "welcome"], "'in' lines in a row add up")
        XCTAssertEqual(file.cases[6].intents.map(\.name), ["danger", "yes"])
        XCTAssertEqual(file.cases[7].intents.map(\.name), ["work", "street"])
    }

    func testParseErrorsAtLineAndColumn() {
        let cases: [(String, [String])] = [
            ("danger knife\n", ["1:7: error: expected ':' after the intent name 'danger'"]),
            ("  danger:   \n", ["1:10: error: expected a message after ':'"]),
            ("danger, : x\n", ["1:9: error: expected 'INTENT: message', 'not INTENT: message' or 'in STATE'"]),
            (": x\n", ["1:1: error: expected 'INTENT: message', 'not INTENT: message' or 'in STATE'"]),
            ("in\n", ["1:3: error: expected a state name after 'in'"]),
            ("in welcome, a b\n", ["1:13: error: 'a b' is not a state name"]),
            ("dangr: x\nnot wrk: y\n", ["1:1: error: unknown intent 'dangr'; did you mean 'danger'?",
                                        "2:5: error: unknown intent 'wrk'; did you mean 'work'?"]),
            ("in welcom\n", ["1:4: error: unknown state 'welcom'; did you mean 'welcome'?"]),
            ("inside: x\nin: y\n", ["1:1: error: unknown intent 'inside'", "2:1: error: unknown intent 'in'; did you mean 'no'?"]),
            ("known not\tdanger x\n", ["1:17: error: expected ':' after the intent name 'danger'"]),
            // Groups: a mistake in a group is reported once, at the group line.
            ("group g = danger, dangr\ng: x\nnot g: y\n", ["1:19: error: unknown intent 'dangr'; did you mean 'danger'?"]),
            ("group g = danger\ngroup g = yes\n", ["2:7: error: group 'g' is defined twice"]),
            ("group g = danger, , yes\n", ["1:19: error: expected an intent name in the group"]),
            ("group g = a b\n", ["1:11: error: 'a b' is not an intent name"]),
            ("group: x\n", ["1:1: error: unknown intent 'group'"]),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(parse(text).1, expected, text)
        }
    }

    func testGroupsStandForTheirIntents() {
        let text = """
        group hurt = danger, yes
        hurt: someone is hurt
        known not hurt, work: hello there
        group wider = hurt, work, danger
        wider: at the office
        """
        let (file, diagnostics) = parse(text)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(file.cases.map { $0.intents.map(\.name) }, [["danger", "yes"], ["danger", "yes", "work"], ["danger", "yes", "work"]])
        XCTAssertEqual(file.cases.map(\.mustMatch), [true, false, true])
        XCTAssertEqual(file.cases[1].isKnownMiss, true)
        XCTAssertEqual(file.cases[0].location, SourceLocation(file: "t.examples", line: 2, column: 1))
        XCTAssertEqual(file.cases[0].intents[1].location, SourceLocation(file: "t.examples", line: 1, column: 22),
                       "a group's intents keep the place they were named")
    }

    func testRunReportsEachFailureWithWhatMatchedInstead() {
        let (file, _) = parse(Self.text)
        let result = ExampleRunner(brain: Fixtures.brain).run(file.cases, file: "t.examples")
        XCTAssertEqual(result.total, 8)
        XCTAssertEqual(result.passed, 4)
        XCTAssertEqual(result.render(), """
        FAIL  t.examples: 4 of 8 examples failed
              t.examples:4: danger: "nice weather": matched no intent
              t.examples:7: street: "at the office": in welcome: work decided instead of street (-> setting_chosen)
              t.examples:10: distract: "I'd ask for the time": in welcome: no intent decided
              t.examples:11: danger, yes: "someone is hurt": in plan, welcome: no intent decided

        """)
        let filtered = ExampleRunner(brain: Fixtures.brain).run(file.cases, file: "t.examples", filter: "KNIFE")
        XCTAssertEqual(filtered.render(), "PASS  t.examples: 1 example\n")
    }

    func testNegativeExamplesSayWhatMatched() {
        let (file, _) = parse("not danger: he has a knife\nin welcome\nnot work: at the office\n")
        let result = ExampleRunner(brain: Fixtures.brain).run(file.cases, file: "t.examples")
        XCTAssertEqual(result.failures.map(\.problem), ["matched danger: keyword \"knife\" on \"knife\"",
                                                        "in welcome: work decided (-> setting_chosen)"])
    }
}
