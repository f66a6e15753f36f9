@testable import CoachCore
import Foundation
import XCTest

/// The word model (`learn FILE`): its arithmetic, its archive, its file's mistakes, and where the decider uses it.
final class WordModelTests: XCTestCase {
    func testGuessIsTheNaiveBayesOfStemsAndStemPairs() throws {
        let model = WordModel(learning: [("a", ["tell", "driver"]), ("a", ["tell", "guard"]), ("b", ["film", "him"])])
        let guess = try XCTUnwrap(model.guess(["tell", "staff"]))
        // Features: a has tell, driver, "tell driver", tell, guard, "tell guard" (6), b has film, him, "film him" (3);
        // 8 distinct features. Only "tell" is known in "tell staff" (and the pair is not).
        let vocabulary = 8.0
        let a = log(2.0 / 3) + log((2 + 0.5) / (6 + 0.5 * vocabulary))
        let b = log(1.0 / 3) + log((0 + 0.5) / (3 + 0.5 * vocabulary))
        XCTAssertEqual(guess.label, "a")
        XCTAssertEqual(guess.lead, a - b, accuracy: 1e-5)
        XCTAssertNil(model.guess(["nothing", "known"]), "no known feature: no guess")
        XCTAssertNil(WordModel(learning: [("a", ["tell"])]).guess(["tell"]), "one label: nothing to choose")
    }

    func testArchiveRoundTripKeepsEveryGuess() throws {
        let model = WordModel(learning: [("plan_a", ["ask", "driver"]), ("plan_b", ["film", "it"]), ("none", ["idk"])])
        var writer = ArchiveWriter()
        model.archive(into: &writer)
        let bytes = writer.finished()
        var reader = try ArchiveReader(bytes, range: 0..<bytes.count)
        let read = try WordModel(from: &reader)
        XCTAssertEqual(read.labels, model.labels)
        for stems in [["ask", "guard"], ["film", "him"], ["idk"], ["ask", "film", "it"]] {
            XCTAssertEqual(read.guess(stems), model.guess(stems), "\(stems)")
        }
    }

    func testLearnFileMistakesAreReportedAtTheirLine() {
        let result = compile([
            "main.coach": "learn ex.tsv\nstart s\nintent plan_a\n  keywords: driver\nstate s\n  say: hi\n  on plan_a -> s\n",
            "ex.tsv": "# a comment\nplan_a\tget the driver\njust words\nplan_a\t \nplan_x\tsomething\n\n",
        ])
        XCTAssertEqual(result.diagnostics.map { "\($0.location): \($0.message)" }, [
            "ex.tsv:3:1: expected a label, a tab and a message",
            "ex.tsv:4:8: expected a message after the tab",
            "ex.tsv:5:1: unknown intent 'plan_x' in a learn file (an intent name or 'none')",
        ])
        let missing = compile(["main.coach": "learn\nstart s\nstate s\n  say: hi\n"])
        XCTAssertEqual(missing.diagnostics.first?.message, "expected an examples file (label, tab, message) after 'learn'")
    }

    /// A menu listening for two learned intents: the model answers where no pattern matched, and only with a clear
    /// lead; a state listening for one of them, or none, never asks it.
    static let menuScript = """
        learn plans.tsv
        start menu
        intent plan_ask
          keywords: driver
        intent plan_film
          keywords: film
        state menu
          say: What could you do?
          on plan_ask -> asked
          on plan_film -> filmed
        state asked
          say: Asking staff.
          on plan_ask -> asked
        state filmed
          say: Filming.
        """
    static let examples = (["get the guard", "get the guard over", "tell the guard", "ask the guard to help", "get the conductor", "get a guard to help"].map { "plan_ask\t\($0)" }
        + ["record him on my phone", "record it", "take a video of it", "record from my seat"].map { "plan_film\t\($0)" }
        + ["idk", "not sure", "what do you mean"].map { "none\t\($0)" }).joined(separator: "\n")

    func testTheMenuFollowsTheModelOnlyWhereNoPatternMatched() throws {
        let brain = try XCTUnwrap(compile(["main.coach": Self.menuScript, "plans.tsv": Self.examples]).brain)
        let engine = Engine(brain: brain)
        let guard1 = play(engine, ["i'd get the guard"])[0]
        XCTAssertEqual(guard1.intent, "plan_ask")
        XCTAssertEqual(guard1.session.state, "asked")
        XCTAssertTrue(guard1.trace.contains { $0.contains("no pattern matched; the words learned from examples point to plan_ask") },
                      "\(guard1.trace)")
        XCTAssertEqual(play(engine, ["record it on my phone"])[0].session.state, "filmed")
        XCTAssertEqual(play(engine, ["idk"])[0].session.state, "menu", "'none' leads: the fallback, not a plan")
        XCTAssertEqual(play(engine, ["the driver"])[0].intent, "plan_ask", "a pattern that matched decides as before")
        let explained = try XCTUnwrap(brain.explain("i'd get the guard", inState: "menu"))
        XCTAssertEqual(explained.outcome, .intent("plan_ask", target: "asked"))
        XCTAssertEqual(explained.route, .learnedWords)
        // In 'asked' only plan_ask is listened for: the model is not asked, so a message no pattern matches falls back.
        XCTAssertEqual(play(engine, ["i'd get the guard", "record him on my phone"])[1].session.state, "asked")
    }
}
