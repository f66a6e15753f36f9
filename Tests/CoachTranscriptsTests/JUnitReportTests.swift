import CoachTranscripts
import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// JUnit XML: well-formed, escaped, a testsuite per file and a testcase per conversation.
final class JUnitReportTests: XCTestCase {
    static let passing = "test: greets <you> & \"asks\" 'where'\n  state: welcome\ntest: second\n  > hi\n"
    static let failing = "test: fails\n  > hello\n  state: plan\n"
    static let broken = "test: typo\n  > hi\n  stat: plan\n"

    func run() -> (xml: String, suite: SuiteResult) {
        var suite = TranscriptSuite(texts: [("a/passing.test", Self.passing), ("a/failing.test", Self.failing)], brain: Fixtures.brain)
        suite.add(path: "broken.test", text: Self.broken, brain: Fixtures.brain)
        let result = Fixtures.runner.run(suite)
        return (JUnitReport.xml(result, sources: suite.sources), result)
    }

    func testExactDocument() {
        XCTAssertEqual(run().xml, """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="coach test" tests="4" failures="1" errors="1" time="0.000">
              <testsuite name="a/passing.test" tests="2" failures="0" errors="0" time="0.000">
                <testcase name="greets &lt;you&gt; &amp; &quot;asks&quot; &apos;where&apos;" classname="a.passing" time="0.000"/>
                <testcase name="second" classname="a.passing" time="0.000"/>
              </testsuite>
              <testsuite name="a/failing.test" tests="1" failures="1" errors="0" time="0.000">
                <testcase name="fails" classname="a.failing" time="0.000">
                  <failure message="a/failing.test:3:3: expected state &apos;plan&apos;, got &apos;welcome&apos;" type="TranscriptFailure">      turn 1, a/failing.test:2:3: &gt; hello
                  a/failing.test:3:3: expected state 'plan', got 'welcome'
                  the coach did:
                    &lt; Hello, I'm the example coach.
                    &lt; Where are you?
                    choices: At work | On the street | Practise a scene
                    state: welcome
                    intent: none
                    tags: greeting
                  trace:
                    in state welcome: "hello"
                      no match (listening for: work, street): fallback
                      first message of a new conversation: greeting instead of a fallback
            </failure>
                </testcase>
              </testsuite>
              <testsuite name="broken.test" tests="1" failures="0" errors="1" time="0.000">
                <testcase name="broken.test" classname="broken" time="0.000">
                  <error message="1 error in the file, so none of its tests ran" type="TranscriptError">broken.test:3:3: error: unknown keyword 'stat'; did you mean 'state'?
              stat: plan
              ^
            </error>
                </testcase>
              </testsuite>
            </testsuites>

            """)
    }

    func testParsesAsXMLWithTheRightShape() throws {
        let xml = run().xml
        #if canImport(FoundationXML) || os(macOS)
        let document = try XMLDocument(xmlString: xml, options: [])
        let root = try XCTUnwrap(document.rootElement())
        XCTAssertEqual(root.name, "testsuites")
        let suites = root.elements(forName: "testsuite")
        XCTAssertEqual(suites.map { $0.attribute(forName: "name")?.stringValue }, ["a/passing.test", "a/failing.test", "broken.test"])
        let cases = suites[0].elements(forName: "testcase")
        XCTAssertEqual(cases.first?.attribute(forName: "name")?.stringValue, "greets <you> & \"asks\" 'where'")
        let failure = try XCTUnwrap(suites[1].elements(forName: "testcase").first?.elements(forName: "failure").first)
        XCTAssertEqual(failure.attribute(forName: "message")?.stringValue, "a/failing.test:3:3: expected state 'plan', got 'welcome'")
        XCTAssertTrue(failure.stringValue?.contains("< Hello, I'm the example coach.") ?? false)
        XCTAssertEqual(suites[2].elements(forName: "testcase").first?.elements(forName: "error").count, 1)
        #else
        let parser = XMLParser(data: Data(xml.utf8))
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #endif
    }

    func testControlCharactersAndLineBreaksStayWellFormed() throws {
        let text = "test: bell \u{07} escape \u{1B}[31m tab\tend\n  > hi\n  says: \u{01}\n"
        let suite = TranscriptSuite(texts: [("c.test", text)], brain: Fixtures.brain)
        let xml = JUnitReport.xml(Fixtures.runner.run(suite), sources: suite.sources)
        XCTAssertTrue(xml.contains("<testcase name=\"bell \u{FFFD} escape \u{FFFD}[31m tab&#9;end\""), xml)
        XCTAssertTrue(XMLParser(data: Data(xml.utf8)).parse(), xml)
    }
}
