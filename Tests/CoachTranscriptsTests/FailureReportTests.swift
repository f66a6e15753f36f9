import CoachCore
import CoachTranscripts
import XCTest

/// The text `coach test` prints for passing and failing conversations, exactly.
final class FailureReportTests: XCTestCase {
    static let failures = """
        region: uk

        steps: should be at the D menu
          state: plan

        test: wrong words and wrong state
          start: plan
          > delegate
          < Text the police on 61016.
          < Later, check in with them: "Are you okay?"
          state: goodbye
          tags: d.delegate

        test: fails inside shared steps
          > I'm on the street
          use: should be at the D menu

        test: a menu on two misses
          says: example coach
          > what?
          > pardon?
          < Let's make it easier. Reply with a number:
          | 1. At work

        test: passes
          > hello
          state: welcome

        """

    func testReportOfEachConversation() {
        let result = Fixtures.run(Self.failures, path: "failures.test")
        let text = result.conversations.map(TranscriptReport().render).joined()
        XCTAssertEqual(text, """
            FAIL  failures.test:6: wrong words and wrong state
                  turn 1, failures.test:8:3: > delegate
                  failures.test:9:3: the coach's messages differ (-expected +actual)
                    -Text the police on 61016.
                    +On the train, text British Transport Police on 61016.
                     Later, check in with them: "Are you okay?"
                  failures.test:11:3: expected state 'goodbye', got 'done'
                  the coach did:
                    state: done
                    intent: none
                    tags: d.delegate, followup
                  trace:
                    in state plan: "delegate"
                      choice 2 "Delegate" picked by its label -> delegate
                      lost: delegate: the choice "Delegate" is picked before the state's 'on' lines
                      goto from delegate -> done
            FAIL  failures.test:14: fails inside shared steps
                  turn 1, failures.test:15:3: > I'm on the street
                  failures.test:4:3: expected state 'plan', got 'setting_chosen'
                    (in shared steps used at failures.test:16:8)
                  the coach did:
                    < On the street, staff or the driver can help.
                    < Your setting is street. Is anyone hurt?
                    state: setting_chosen
                    intent: none
                  trace:
                    in state welcome: "i am on street"
                      choice 2 "On the street" picked by its label -> setting_chosen; set setting = street
                      lost: street: the choice "On the street" is picked before the state's 'on' lines
            FAIL  failures.test:18: a menu on two misses
                  turn 3, failures.test:21:3: > pardon?
                  failures.test:22:3: the coach's messages differ (-expected +actual)
                    -Let's make it easier. Reply with a number:
                    -| 1. At work
                    +Let's make it easier. Reply with a number:
                  the coach did:
                    choices: At work | On the street | Practise a scene
                    state: welcome
                    intent: none
                    tags: fallback, greeting
                  trace:
                    in state welcome: "pardon"
                      no match (listening for: work, street): fallback
                      miss 2: offering the choices as a numbered menu
            PASS  failures.test:25: passes

            """)
        XCTAssertEqual(TranscriptReport.summary(passed: result.passed, failed: result.failed), "1 passed, 3 failed\n")
    }

    func testColourOnlyWhenAsked() {
        let result = Fixtures.run("test: passes\n  > hello\n")
        XCTAssertEqual(TranscriptReport(useColor: true).render(result.conversations[0]), "\u{1B}[1;32mPASS\u{1B}[0m  t.test:1: passes\n")
        XCTAssertEqual(TranscriptReport().render(result.conversations[0]), "PASS  t.test:1: passes\n")
    }

    func testGreetingTurnAndEndedStateInTheReport() {
        let text = "test: greeting\n  seed: 1\n  < Hi, I'm the example coach.\n  < Where are you?\n"
        let failure = Fixtures.run(text).conversations[0].failure
        XCTAssertEqual(failure.map(TranscriptReport().render)?.split(separator: "\n").first, "      turn 1, t.test:3:3: (the coach speaks first)")
        let ended = Fixtures.run("test: quit\n  > quit\n  state: welcome\n").conversations[0].failure
        XCTAssertEqual(ended.map(TranscriptReport().render)?.split(separator: "\n")[4], "        state: goodbye (the conversation ended)")
    }

    func testBrokenFileLine() {
        let suite = Fixtures.suite("test: x\n  stat: welcome\n  > hi\n  intent: hello\n", path: "broken.test")
        let result = Fixtures.runner.run(suite)
        XCTAssertEqual(result.files.map(TranscriptReport().renderBroken), ["FAIL  broken.test: 2 errors in the file, so none of its tests ran\n"])
        XCTAssertEqual(result.passed, 0)
        XCTAssertEqual(result.failed, 1)
    }
}
