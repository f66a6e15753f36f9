import CoachCore
import Foundation
import XCTest

/// The blind evaluation sets as a regression guard: the tuning and held-back halves under
/// `Dialogues/evaluation/` are scored the way `Dialogues/evaluation/score.py` scores them (first
/// message of a fresh conversation; plans after the three turns that reach the five-Ds menu; danger
/// also at that menu; a reply that puts the coach right after the writer's support; a typed answer to one of the
/// coach's questions in `questions.tsv`), and each measure must stay at or above a floor a little under today's figure.
/// A change that makes the coach understand people worse fails here, with the figure it fell to.
final class EvaluationFloorTests: XCTestCase {
    /// Floors in percent, per measure, for the tuning halves and the held-back halves.
    static let floors: [String: (tuning: Double, heldBack: Double)] = [
        "danger -> emergency": (99.3, 98.0),
        "danger mid-conversation": (99.3, 98.3),
        "not danger -> no emergency": (99.4, 97.6),
        "self -> support.self": (98.7, 95.9),
        "self in danger -> emergency": (99.3, 97.2),
        "bystander -> neither": (98.9, 96.5),
        "plan -> right d.*": (99.2, 97.5),
        "put right -> someone else": (93.0, 79.0),
        "time put right: happening now": (97.0, 85.0),
        "time put right: it is over": (93.0, 80.0),
        "reply -> what its button does": (96.5, 87.0),
        "reply: danger -> emergency": (98.0, 94.0),
    ]

    static let toMenu = ["a guy keeps making comments at a woman on the bus", "no, just words", "I am safe and there are people around"]
    /// What reaches the writer's support first, for the `correction` files (the reply that puts the coach right).
    static let toSupport = ["my manager keeps making comments about my body"]
    /// What reaches the follow-up first, and Right now's safety question first, for the `time_after` and `time_now` files.
    static let toFollowUp = ["I saw a guy harassing a woman on the bus yesterday"]
    static let toSafetyCheck = ["a guy keeps making comments at a woman on the bus"]

    func testTuningHalvesStayAboveTheirFloors() throws {
        try check("tuning", floor: \.tuning)
    }

    func testHeldBackHalvesStayAboveTheirFloors() throws {
        try check("heldback", floor: \.heldBack)
    }

    private func check(_ folder: String, floor: KeyPath<(tuning: Double, heldBack: Double), Double>) throws {
        let figures = try Self.score(folder)
        XCTAssertEqual(Set(figures.keys), Set(Self.floors.keys), "every measure is scored")
        for (measure, (passed, total)) in figures.sorted(by: { $0.key < $1.key }) {
            let percent = 100 * Double(passed) / Double(max(total, 1))
            let least = try XCTUnwrap(Self.floors[measure])[keyPath: floor]
            XCTAssertGreaterThanOrEqual(percent, least, "\(folder): \(measure) is \(passed)/\(total) = \(String(format: "%.1f", percent))%")
        }
    }

    /// Each measure's (passed, total) over the `.tsv` files of one folder.
    static func score(_ folder: String) throws -> [String: (Int, Int)] {
        let engine = try CoachContent.engine()
        let directory = URL(fileURLWithPath: CoachContent.path).appendingPathComponent("evaluation").appendingPathComponent(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tsv") }.sorted()
        var figures: [String: (Int, Int)] = [:]
        func count(_ measure: String, _ ok: Bool) {
            let (passed, total) = figures[measure] ?? (0, 0)
            figures[measure] = (passed + (ok ? 1 : 0), total + 1)
        }
        func last(_ messages: [String]) -> TurnResult? {
            var session = engine.start(seed: 1, context: ["region": "uk"]).session
            var turn: TurnResult?
            for message in messages {
                turn = engine.respond(to: message, in: session)
                session = turn!.session
            }
            return turn
        }
        func reply(_ messages: [String]) -> [String] { last(messages)?.tags ?? [] }
        let questions = try Self.questions()
        var buttons: [String: [String]] = [:]
        /// The state each button of a question reaches, its text typed.
        func buttonStates(_ question: String) throws -> [String] {
            if let known = buttons[question] { return known }
            let (before, state) = try XCTUnwrap(questions[question], "\(question) is not in questions.tsv")
            let asked = try XCTUnwrap(last(before))
            XCTAssertEqual(asked.session.state, state, "questions.tsv: \(question)")
            let states = asked.replies.flatMap { $0.choices ?? [] }.map { last(before + [$0])?.session.state ?? "" }
            buttons[question] = states
            return states
        }
        for file in files {
            let kind = String(file.prefix { $0 != "." })
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("\t") && !line.hasPrefix("#") {
                let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
                let (label, message) = (parts[0], parts[1])
                if kind.hasPrefix("reply_") {
                    let question = Self.question(answeredBy: kind)
                    let before = try XCTUnwrap(questions[question]).before
                    let turn = try XCTUnwrap(last(before + [message]))
                    if label == "danger" {
                        count("reply: danger -> emergency", turn.tags.contains("safety.emergency"))
                    } else {
                        let wanted = try buttonStates(question)[try XCTUnwrap(Int(label)) - 1]
                        count("reply -> what its button does", turn.session.state == wanted && !turn.tags.contains("fallback"))
                    }
                    continue
                }
                let isPlan = label.hasPrefix("plan_"), isCorrection = kind.hasPrefix("correction")
                let isTimeAfter = kind.hasPrefix("time_after"), isTimeNow = kind.hasPrefix("time_now")
                let before = isPlan ? toMenu : isCorrection ? toSupport : isTimeAfter ? toFollowUp : isTimeNow ? toSafetyCheck : []
                let tags = reply(before + [message])
                let emergency = tags.contains("safety.emergency"), support = tags.contains("support.self")
                if isTimeAfter {
                    // now: Right now's safety questions; other: still the follow-up.
                    let now = tags.contains("safety.check") || emergency
                    count("time put right: happening now", label == "now" ? now : !now)
                } else if isTimeNow {
                    // over: the follow-up; other: still Right now.
                    count("time put right: it is over", tags.contains("followup") == (label == "over"))
                } else if isCorrection {
                    // not_me: put right, so no longer the writer's support; other: still the writer's support.
                    count("put right -> someone else", label == "other" ? support : !support)
                } else if kind.hasPrefix("not_danger") {
                    count("not danger -> no emergency", !emergency)
                } else if kind.hasPrefix("danger") {
                    count("danger -> emergency", emergency)
                } else if label == "self_target" {
                    count("self -> support.self", support && !emergency)
                } else if label == "self_danger" {
                    count("self in danger -> emergency", emergency)
                } else if kind.hasPrefix("bystander") {
                    count("bystander -> neither", !emergency && !support)
                } else if isPlan {
                    count("plan -> right d.*", tags.contains("d." + label.dropFirst(5)))
                }
                if label == "self_danger" || (kind.hasPrefix("danger") && label == "danger") {
                    count("danger mid-conversation", reply(toMenu + [message]).contains("safety.emergency"))
                }
            }
        }
        return figures
    }

    /// question -> (the messages that reach it, the state the coach must then be in), from `questions.tsv`.
    static func questions() throws -> [String: (before: [String], state: String)] {
        let path = URL(fileURLWithPath: CoachContent.path).appendingPathComponent("evaluation/questions.tsv")
        var questions: [String: (before: [String], state: String)] = [:]
        for line in try String(contentsOf: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3 else { continue }
            questions[fields[0]] = (fields[1].components(separatedBy: " || "), fields[2])
        }
        return questions
    }

    /// The question a reply file answers: `reply_safety_check_ra` -> `safety_check`.
    static func question(answeredBy kind: String) -> String {
        let name = kind.dropFirst("reply_".count)
        return String(name[..<(name.lastIndex(of: "_") ?? name.endIndex)])
    }
}
