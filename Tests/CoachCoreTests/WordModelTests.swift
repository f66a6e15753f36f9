@testable import CoachCore
import Foundation
import XCTest

/// The word model (`learn FILE`): its arithmetic, its archive, its file's mistakes, and where the decider uses it.
final class WordModelTests: XCTestCase {
    func testLearningIsRepeatableAndSeparatesTheLabels() throws {
        let examples: [(label: String, stems: [String])] = [("a", ["tell", "driver"]), ("a", ["tell", "guard"]), ("b", ["film", "him"]),
                                                             ("b", ["film", "it"])]
        let model = WordModel(learning: examples)
        XCTAssertEqual(model.labels, ["a", "b"])
        XCTAssertEqual(model.weights, WordModel(learning: examples).weights, "a fixed seed: the same model on every compile")
        XCTAssertEqual(model.biases, WordModel(learning: examples).biases)
        let tell = try XCTUnwrap(model.guess(["tell", "staff"]))
        XCTAssertEqual(tell.label, "a")
        let film = try XCTUnwrap(model.guess(["film", "staff"]))
        XCTAssertEqual(film.label, "b")
        // The lead is the difference of the two labels' scores: the bias plus the weights of the known features.
        let width = 2
        var scores = model.biases
        WordModel.forEachSlot(["tell", "staff"]) { slot in
            guard let row = model.row(ofSlot: slot) else { return }
            for label in 0..<width { scores[label] += Double(model.weights[row * width + label]) }
        }
        // Only the used slots have rows: tell, driver, guard, film, him, it, the four pairs, and the first four letters
        // of the stems that have four (tell, driv, guar, film), apart from the whole stems.
        XCTAssertEqual(model.weights.count, 14 * width)
        XCTAssertEqual(tell.lead, scores[0] - scores[1], accuracy: 1e-9)
        XCTAssertGreaterThan(tell.lead, 0.5)
        XCTAssertNil(model.guess(["nothing", "known"]), "no known feature: no guess")
        XCTAssertNil(WordModel(learning: [("a", ["tell"])]).guess(["tell"]), "one label: nothing to choose")
    }

    func testArchiveRoundTripKeepsEveryGuess() throws {
        let model = WordModel(learning: [("plan_a", ["ask", "driver"]), ("plan_b", ["film", "it"]), ("none", ["idk"])])
        var writer = ArchiveWriter()
        model.archive(into: &writer)
        let bytes = writer.finished()
        var reader = try ArchiveReader(bytes)
        let read = try WordModel(from: &reader)
        reader = try ArchiveReader([0])
        XCTAssertEqual(read.labels, model.labels)
        XCTAssertEqual(read.weights, model.weights, "read in place from the archive, which the model keeps")
        XCTAssertEqual(Array(read.weights), Array(model.weights))
        for stems in [["ask", "guard"], ["film", "him"], ["idk"], ["ask", "film", "it"]] {
            XCTAssertEqual(read.guess(stems), model.guess(stems), "\(stems)")
        }
    }

    /// A model read from an archive leaves its floats there and holds the archive's bytes: released with the last model.
    func testArchiveBytesLiveAsLongAsAModelReadFromThem() throws {
        final class Released: @unchecked Sendable { var count = 0 }
        let released = Released()
        var writer = ArchiveWriter()
        WordModel(learning: [("plan_a", ["ask", "driver"]), ("plan_b", ["film", "it"])]).archive(into: &writer)
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: writer.finished().count, alignment: 1)
        writer.finished().withUnsafeBytes { copy.copyMemory(from: $0) }
        var model: WordModel?
        do {
            var reader = try ArchiveReader(StoredBytes(UnsafeRawBufferPointer(copy)) { released.count += 1; $0.deallocate() })
            model = try WordModel(from: &reader)
        }
        XCTAssertEqual(released.count, 0)
        XCTAssertEqual(model?.guess(["film"])?.label, "plan_b")
        model = nil
        XCTAssertEqual(released.count, 1)
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
        let over = compile([
            "main.coach": "learn ex.tsv over plan_a, nothing, plan_b\nstart s\nintent plan_a\n  keywords: driver\nintent plan_b\n  keywords: bus\nstate s\n  say: hi\n  on plan_a, plan_b -> s\n",
            "ex.tsv": "plan_a\tget the driver\nnone\tidk\n",
        ])
        XCTAssertEqual(over.diagnostics.map { "\($0.location): \($0.message)" }, [
            "main.coach:1:19: 'plan_a' after 'over' is already one of the file's labels",
            "main.coach:1:27: unknown intent 'nothing' after 'over'",
        ])
        XCTAssertEqual(over.diagnostics.map(\.severity), [.warning, .error])
    }

    /// An intent taught only by examples needs no words of its own; `over` lets it take a message the patterns gave
    /// another intent, only with the override lead; without `over` the patterns decide.
    func testOverLetsALearnedIntentTakeAMessageFromTheIntentsNamed() throws {
        let script = """
            learn mine.tsv over situation
            start welcome
            intent situation
              keywords: bus, train, office
            intent self_story
            state welcome
              say: What happened?
              on self_story -> yours
              on situation -> theirs
            state yours
              say: That is happening to you.
            state theirs
              say: Someone else.
            """
        let people = ["a man", "my boss", "a guy", "some lad", "a stranger", "my neighbour"]
        let acts = ["keeps staring at", "keeps messaging", "comments on the body of", "follows", "shouts at", "won't leave alone"]
        var lines: [String] = []
        for (index, who) in people.enumerated() {
            for act in acts {
                let place = ["on the bus", "on the train", "at the office"][index % 3]
                lines.append("self_story\t\(who) \(place) \(act) me")
                lines.append("none\t\(who) \(place) \(act) her")
                lines.append("none\t\(who) \(place) \(act) a woman")
            }
        }
        let brain = try XCTUnwrap(compile(["main.coach": script, "mine.tsv": lines.joined(separator: "\n")]).brain)
        let engine = Engine(brain: brain)
        let mine = play(engine, ["a bloke on the bus keeps staring at me"])[0]
        XCTAssertEqual(mine.session.state, "yours")
        XCTAssertTrue(mine.trace.contains { $0.contains("intent situation matched") && $0.contains("but the words learned from examples point to self_story") },
                      "\(mine.trace)")
        XCTAssertEqual(play(engine, ["a bloke on the bus keeps staring at her"])[0].session.state, "theirs")
        let without = try XCTUnwrap(compile(["main.coach": script.replacingOccurrences(of: " over situation", with: ""),
                                             "mine.tsv": lines.joined(separator: "\n")]).brain)
        XCTAssertEqual(play(Engine(brain: without), ["a bloke on the bus keeps staring at me"])[0].session.state, "theirs",
                       "without 'over' the words never take a message a pattern matched")
        XCTAssertEqual(play(Engine(brain: without), ["a bloke keeps staring at me"])[0].session.state, "yours",
                       "no pattern matched: the words decide, with the fallback lead")
        // A second `learn` line for the same file adds to its `over` list: still one model, learned once.
        let split = try XCTUnwrap(compile(["main.coach": script.replacingOccurrences(of: "learn mine.tsv over situation", with: "learn mine.tsv\nlearn mine.tsv over situation"),
                                           "mine.tsv": lines.joined(separator: "\n")]).brain)
        XCTAssertEqual(split.learnedModels.count, 1)
        XCTAssertEqual(split.learnedModels[0].over, [try XCTUnwrap(split.intentID("situation"))])
        XCTAssertEqual(play(Engine(brain: split), ["a bloke on the bus keeps staring at me"])[0].session.state, "yours")
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
        // Every model's reading is shown, asked or not: the label, and the lead the state's rule compared.
        let guess = try XCTUnwrap(brain.learnedModels[0].model.guess(["i", "would", "get", "guard"]))
        XCTAssertEqual(explained.learned, [.init(teaches: ["plan_ask", "plan_film"], label: "plan_ask", lead: guess.lead)])
        XCTAssertEqual(try XCTUnwrap(brain.explain("idk", inState: "asked")).learned.map(\.label), ["none"],
                       "shown even where the state does not ask the model")
        // In 'asked' only plan_ask is listened for: the model is not asked, so a message no pattern matches falls back.
        XCTAssertEqual(play(engine, ["i'd get the guard", "record him on my phone"])[1].session.state, "asked")
    }
}
