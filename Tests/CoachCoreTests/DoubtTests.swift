@testable import CoachCore
import Foundation
import XCTest

/// `doubt INTENT, ... unless LEARNED -> TARGET`: an interrupt whose words a learned model clearly reads as `none` goes
/// to TARGET instead; its mistakes are reported at the name they concern.
final class DoubtTests: XCTestCase {
    static let script = """
        learn danger.tsv
        start welcome
        intent danger
          keywords: knife
        intent danger_learned
        intent hello
          keywords: hi
        interrupt danger -> emergency
        doubt danger unless danger_learned -> ask_now
        state welcome
          say: What happened?
          on hello -> welcome
          on danger_learned -> emergency
        state emergency
          say: Call the emergency number now.
        state ask_now
          say: Is it happening right now?
        """

    /// Danger and kitchen talk, written as classes: who, what they do with the knife, where.
    static var examples: String {
        var lines: [String] = []
        for who in ["he", "a man", "some guy", "her ex", "a stranger", "the drunk guy", "a lad", "his mate"] {
            for act in ["is waving a knife at her", "has a knife at her throat", "pulled a knife on him", "is stabbing him with a knife",
                        "is threatening her with a knife", "is holding a knife to his neck"] {
                lines.append("danger_learned\t\(who) \(act)")
            }
        }
        for what in ["chop the onions", "slice the bread", "cut the cake", "peel the apples", "dice the carrots", "trim the beans",
                     "carve the roast", "fillet the fish"] {
            for how in ["with a sharp knife", "with the bread knife", "with my new knife", "using a kitchen knife", "with a paring knife",
                        "with the chef's knife"] {
                lines.append("none\ti \(what) \(how)")
            }
        }
        return lines.joined(separator: "\n")
    }

    func testAnInterruptTheLearnedWordsReadAsNoneIsAskedNotRaised() throws {
        let brain = try XCTUnwrap(compile(["main.coach": Self.script, "danger.tsv": Self.examples]).brain)
        let engine = Engine(brain: brain)
        let kitchen = play(engine, ["i chop the onions, slice the bread and dice the carrots with a sharp knife"])[0]
        let lead = brain.learnedModels[0].model.guess(Normalizer.normalize("i chop the onions, slice the bread and dice the carrots with a sharp knife").tokens.map(\.stem))
        XCTAssertEqual(kitchen.session.state, "ask_now", "\(String(describing: lead))")
        XCTAssertEqual(kitchen.intent, "danger")
        XCTAssertTrue(kitchen.trace.contains { $0.contains("interrupt danger matched") && $0.contains("point to none") && $0.contains("doubted -> ask_now") },
                      "\(kitchen.trace)")
        XCTAssertEqual(play(engine, ["a man is waving a knife at her"])[0].session.state, "emergency", "the words agree: the interrupt")
        XCTAssertEqual(play(engine, ["knife"])[0].session.state, "emergency", "no clear lead for none: the interrupt")
        let explained = try XCTUnwrap(brain.explain("i chop the onions, slice the bread and dice the carrots with a sharp knife", inState: "welcome"))
        XCTAssertEqual(explained.route, .doubtedInterrupt)
        let undoubted = try XCTUnwrap(compile(["main.coach": Self.script.replacingOccurrences(of: "doubt danger unless danger_learned -> ask_now\n", with: ""),
                                               "danger.tsv": Self.examples]).brain)
        XCTAssertEqual(play(Engine(brain: undoubted), ["i chop the onions, slice the bread and dice the carrots with a sharp knife"])[0].session.state, "emergency")
    }

    /// `by N`: the lead of `none` that doubts, for one line; the default is `WordModel.doubtMargin`, and the lead a
    /// line asks for survives the brain's cache.
    func testADoubtsOwnLeadDecidesWhetherItDoubts() throws {
        let kitchen = "i chop the onions, slice the bread and dice the carrots with a sharp knife"
        let files = ["main.coach": Self.script, "danger.tsv": Self.examples]
        let brain = try XCTUnwrap(compile(files).brain)
        let lead = try XCTUnwrap(brain.learnedModels[0].model.guess(Normalizer.normalize(kitchen).tokens.map(\.stem))).lead
        XCTAssertGreaterThan(lead, WordModel.doubtMargin)
        func state(by margin: Double) throws -> String {
            let line = "doubt danger unless danger_learned by \(margin) -> ask_now"
            let script = Self.script.replacingOccurrences(of: "doubt danger unless danger_learned -> ask_now", with: line)
            let compiled = try XCTUnwrap(compile(["main.coach": script, "danger.tsv": Self.examples]).brain)
            let reread = try archivedAndRead(compiled)
            XCTAssertEqual(play(Engine(brain: compiled), [kitchen])[0].session.state, play(Engine(brain: reread), [kitchen])[0].session.state)
            return play(Engine(brain: reread), [kitchen])[0].session.state
        }
        XCTAssertEqual(try state(by: (lead - 0.5).rounded(.down)), "ask_now", "a lead above the line's: doubted")
        XCTAssertEqual(try state(by: (lead + 1).rounded(.up)), "emergency", "a lead below the line's: the interrupt")
    }

    func testADoubtsTargetIsReachable() {
        let messages = compile(["main.coach": Self.script, "danger.tsv": Self.examples]).diagnostics.map(\.message)
        XCTAssertFalse(messages.contains { $0.contains("'ask_now' cannot be reached") }, "\(messages)")
    }

    func testDoubtMistakesAreReportedAtTheirName() {
        func diagnostics(_ line: String) -> [String] {
            compile(["main.coach": Self.script.replacingOccurrences(of: "doubt danger unless danger_learned -> ask_now", with: line),
                     "danger.tsv": Self.examples]).diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.message)" }
        }
        XCTAssertEqual(diagnostics("doubt danger -> ask_now"),
                       ["main.coach:9:14: expected 'unless' and the learned intent whose words the interrupts need"])
        XCTAssertEqual(diagnostics("doubt danger unless hello -> ask_now"), ["main.coach:9:21: 'hello' is taught by no learn file"])
        XCTAssertEqual(diagnostics("doubt hello unless danger_learned -> ask_now"), ["main.coach:9:7: 'hello' has no interrupt line to doubt"])
        XCTAssertEqual(diagnostics("doubt danger, danger unless danger_learned -> ask_now"), ["main.coach:9:15: 'danger' is doubted twice"])
        XCTAssertEqual(diagnostics("doubt danger unless danger_learned -> nowhere"), ["main.coach:9:39: unknown state 'nowhere'"])
        XCTAssertEqual(diagnostics("doubt danger unless danger_learned by -> ask_now"),
                       ["main.coach:9:39: expected the lead after 'by': a number from 0.1 to 100, as in 'by 9'"])
        XCTAssertEqual(diagnostics("doubt danger unless danger_learned by lots -> ask_now"),
                       ["main.coach:9:39: expected the lead after 'by': a number from 0.1 to 100, as in 'by 9'"])
        XCTAssertEqual(diagnostics("doubt danger unless danger_learned by 0 -> ask_now"),
                       ["main.coach:9:39: expected the lead after 'by': a number from 0.1 to 100, as in 'by 9'"])
        XCTAssertEqual(diagnostics("doubt danger unless danger_learned by 9.5 -> ask_now"), [])
    }
}
