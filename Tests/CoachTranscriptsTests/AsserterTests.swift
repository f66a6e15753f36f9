import CoachTranscripts
import XCTest

/// Every check, passing, failing, and negated, with the exact reason a failure gives.
final class AsserterTests: XCTestCase {
    /// After `> tell the driver` at the D menu in the UK, the coach says two messages, offers no choices,
    /// ends in `done` with intent `delegate` and tags `d.delegate, followup`.
    static let delegateTurn = """
        test: t
          region: uk
          start: plan
          > tell the driver

        """
    /// The greeting: two messages, three choices, state `welcome`, tag `greeting`, no intent.
    static let greetingTurn = "test: t\n"

    static let cases: [(name: String, turn: String, checks: String, failure: String?)] = [
        ("exact messages pass", delegateTurn, "< On the train, text British Transport Police on 61016.\n< Later, check in with them: \"Are you okay?\"", nil),
        ("exact messages fail", delegateTurn, "< Tell someone with authority what is happening.\n< Later, check in with them: \"Are you okay?\"",
         "the coach's messages differ (-expected +actual)"),
        ("exact messages fail when one is missing", delegateTurn, "< On the train, text British Transport Police on 61016.",
         "the coach's messages differ (-expected +actual)"),
        ("any of several wordings passes", delegateTurn, "< Text the police.\nor: On the train, text British Transport Police on 61016.\n< Later, check in with them: \"Are you okay?\"", nil),
        ("any of several wordings fails", delegateTurn, "< Text the police.\nor: Call the police.\n< Later, check in with them: \"Are you okay?\"",
         "the coach's messages differ (-expected +actual)"),
        ("not exact passes", delegateTurn, "not < Take care.", nil),
        ("not exact fails", delegateTurn, "not < Take care.\nor: On the train, text British Transport Police on 61016.",
         "expected no message \"Take care.\" or \"On the train, text British Transport Police on 61016.\", but the coach said \"On the train, text British Transport Police on 61016.\""),
        ("says passes in any case", delegateTurn, "says: BRITISH transport police", nil),
        ("says fails", delegateTurn, "says: 999", "expected a message containing \"999\""),
        ("not says passes", delegateTurn, "not says: 999", nil),
        ("not says fails", delegateTurn, "not says: 61016",
         "expected no message containing \"61016\", got \"On the train, text British Transport Police on 61016.\""),
        ("matches passes", delegateTurn, "matches: \\b61016\\.$", nil),
        ("matches is case-insensitive", delegateTurn, "matches: ^on the TRAIN", nil),
        ("matches fails", delegateTurn, "matches: ^call", "expected a message matching /^call/"),
        ("not matches passes", delegateTurn, "not matches: ^call", nil),
        ("not matches fails", delegateTurn, "not matches: \\d{5}",
         "expected no message matching /\\d{5}/, got \"On the train, text British Transport Police on 61016.\""),
        ("state passes", delegateTurn, "state: done", nil),
        ("state fails", delegateTurn, "state: plan", "expected state 'plan', got 'done'"),
        ("not state passes", delegateTurn, "not state: plan", nil),
        ("not state fails", delegateTurn, "not state: done", "expected a state other than 'done'"),
        ("ended fails", delegateTurn, "state: @end", "expected the conversation to end, got state 'done'"),
        ("not ended passes", delegateTurn, "not state: @end", nil),
        ("intent passes", delegateTurn, "intent: delegate", nil),
        ("intent fails", delegateTurn, "intent: distract", "expected intent 'distract', got 'delegate'"),
        ("intent none fails", delegateTurn, "intent: none", "expected no intent, got 'delegate'"),
        ("intent fails when there is none", greetingTurn, "intent: delegate", "expected intent 'delegate', got none"),
        ("intent none passes", greetingTurn, "intent: none", nil),
        ("not intent passes", delegateTurn, "not intent: distract", nil),
        ("not intent fails", delegateTurn, "not intent: delegate", "expected an intent other than 'delegate'"),
        ("not intent none passes", delegateTurn, "not intent: none", nil),
        ("not intent none fails", greetingTurn, "not intent: none", "expected an intent, got none"),
        ("tags pass in any order", delegateTurn, "tags: followup, d.delegate", nil),
        ("a missing tag fails", delegateTurn, "tags: d.menu, followup", "expected tag 'd.menu', got tags d.delegate, followup"),
        ("missing tags fail", delegateTurn, "tags: d.menu, fallback", "expected tags 'd.menu', 'fallback', got tags d.delegate, followup"),
        ("not tags pass", delegateTurn, "not tags: d.menu, fallback", nil),
        ("not tag fails", delegateTurn, "not tags: followup", "expected no tag 'followup', got tags d.delegate, followup"),
        ("not tags fail", delegateTurn, "not tags: d.menu, followup", "expected none of the tags 'd.menu', 'followup', got tags d.delegate, followup"),
        ("choices pass", greetingTurn, "choices: At work | On the street | Practise a scene", nil),
        ("choices go on below", greetingTurn, "choices: At work\n| On the street\n| Practise a scene", nil),
        ("choices that go on below fail too", greetingTurn, "choices: At work\n| Practise a scene",
         "expected choices At work | Practise a scene, got At work | On the street | Practise a scene"),
        ("choices fail", greetingTurn, "choices: At work | On the street",
         "expected choices At work | On the street, got At work | On the street | Practise a scene"),
        ("choices in another order fail", greetingTurn, "choices: On the street | At work | Practise a scene",
         "expected choices On the street | At work | Practise a scene, got At work | On the street | Practise a scene"),
        ("choices fail when there are none", delegateTurn, "choices: Continue", "expected choices Continue, got none"),
        ("choices none passes", delegateTurn, "choices: none", nil),
        ("choices none fails", greetingTurn, "choices: none", "expected no choices, got At work | On the street | Practise a scene"),
        ("not choices pass", greetingTurn, "not choices: Continue | Distract", nil),
        ("not choice fails", greetingTurn, "not choices: At work", "expected no choice 'At work', got At work | On the street | Practise a scene"),
        ("not choices fail", greetingTurn, "not choices: Continue | At work",
         "expected none of the choices 'Continue', 'At work', got At work | On the street | Practise a scene"),
        ("not choices none passes", greetingTurn, "not choices: none", nil),
        ("not choices none fails", delegateTurn, "not choices: none", "expected some choices, got none"),
    ]

    func testEachCheck() {
        for (name, turn, checks, failure) in Self.cases {
            let text = turn + checks.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
            let result = Fixtures.run(text)
            let mismatches = result.conversations.first?.failure?.mismatches.map(\.message) ?? []
            XCTAssertEqual(mismatches, failure.map { [$0] } ?? [], name)
            XCTAssertEqual(result.failed, failure == nil ? 0 : 1, name)
        }
    }

    func testMessageDiffMarksExpectedAndActual() {
        let text = Self.delegateTurn + "  < Text the police.\n  or: Call them.\n  < Later, check in with them: \"Are you okay?\"\n  < Take care.\n"
        let diff = Fixtures.run(text).conversations[0].failure?.mismatches[0].diff
        XCTAssertEqual(diff, [
            DiffLine(.expected, "Text the police. (or: Call them.)"),
            DiffLine(.actual, "On the train, text British Transport Police on 61016."),
            DiffLine(.same, "Later, check in with them: \"Are you okay?\""),
            DiffLine(.expected, "Take care."),
        ])
    }

    func testEveryMissedCheckOfTheFailingTurnIsReportedAndLaterTurnsDoNotRun() {
        let text = Self.delegateTurn + "  state: plan\n  intent: none\n  says: police\n  > quit\n  state: @end\n"
        let result = Fixtures.run(text).conversations[0]
        XCTAssertEqual(result.failure?.mismatches.map(\.message), ["expected state 'plan', got 'done'", "expected no intent, got 'delegate'"])
        XCTAssertEqual(result.failure?.mismatches.map(\.expectation.location.line), [5, 6])
        XCTAssertEqual(result.failure?.turnNumber, 1)
        XCTAssertEqual(result.turnsRun, 1)
    }
}
