import CoachCore
import CoachFiles
import Foundation
import XCTest

/// The built-in dialogues, loaded once from `Dialogues/` at the repository root.
enum CoachContent {
    /// `Tests/CoachContentTests/CoachContent.swift` -> the repository root -> `Dialogues`.
    static let path: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Dialogues").path

    static let loaded = DialogueDirectory(path: path).load()

    /// The compiled dialogues; fails the calling test when they do not load.
    static func brain(file: StaticString = #filePath, line: UInt = #line) throws -> Brain {
        try XCTUnwrap(loaded.brain, "Dialogues/ did not load: \(loaded.diagnostics.map(\.message))", file: file, line: line)
    }

    static func engine() throws -> Engine { Engine(brain: try brain()) }

    /// The names of the states whose tags include `tag`.
    static func states(tagged tag: String) throws -> [String] {
        try brain().states.filter { $0.tags.contains(tag) }.map(\.name)
    }
}

/// One conversation with the coach, turn by turn.
struct Chat {
    let engine: Engine
    var session: SessionState
    private(set) var last: TurnResult

    /// A new conversation; the coach has spoken its greeting.
    init(seed: UInt64 = 1, region: String? = nil) throws {
        engine = try CoachContent.engine()
        let turn = engine.start(seed: seed, context: region.map { ["region": $0] } ?? [:])
        session = turn.session
        last = turn
    }

    /// A conversation that is already in `state`, as if the coach had just asked its question there.
    init(in state: String, seed: UInt64 = 1, region: String? = nil, slots: [String: String] = [:], history: [String] = []) throws {
        engine = try CoachContent.engine()
        var session = engine.newSession(seed: seed, context: region.map { ["region": $0] } ?? [:])
        session.state = state
        session.greeted = true
        session.slots = slots
        session.history = history
        self.session = session
        last = TurnResult(session: session)
    }

    /// Sends one message and returns the coach's turn.
    @discardableResult
    mutating func say(_ text: String) -> TurnResult {
        let turn = engine.respond(to: text, in: session)
        session = turn.session
        last = turn
        return turn
    }

    /// Sends several messages in order; returns the last turn.
    @discardableResult
    mutating func say(_ texts: [String]) -> TurnResult {
        for text in texts { say(text) }
        return last
    }

    /// Comes back to a saved conversation (the `returning` state).
    @discardableResult
    mutating func resume() -> TurnResult {
        let turn = engine.resume(session)
        session = turn.session
        last = turn
        return turn
    }

    var state: String { session.state }
    var tags: [String] { last.tags }
    /// Everything the coach said this turn, as one string.
    var text: String { last.replies.map(\.text).joined(separator: "\n") }
    var choices: [String] { last.replies.last?.choices ?? [] }
}

/// Paths to reach states from the start, by the person's answers.
enum Path {
    /// Right now, words not danger, safe with others around, in the street: the standard D menu.
    static let standardMenu = ["1", "3", "1", "2"]
    /// Right now, tense: the cautious D menu.
    static let cautiousMenu = ["1", "2", "1", "2"]
    /// Right now, words not danger, online: the online D menu.
    static let onlineMenu = ["1", "3", "1", "5"]
}
