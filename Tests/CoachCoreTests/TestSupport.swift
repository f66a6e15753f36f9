@testable import CoachCore
import CoachFiles
import XCTest

/// Compiles in-memory files (entry `main.coach`) and returns the brain and diagnostics.
func compile(_ files: [String: String]) -> (brain: Brain?, diagnostics: [Diagnostic]) {
    let (script, loadDiagnostics) = DialogueLoader.load(entry: "main.coach") { path in
        files[path].map { .success($0) } ?? .failure(.init("no such file '\(path)'"))
    }
    let compiled = Compiler.compile(script)
    return (compiled.brain, (loadDiagnostics + compiled.diagnostics).sortedByLocation())
}

/// Compiles one in-memory file, failing the test on errors.
func brain(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Brain {
    let result = compile(["main.coach": text])
    guard let brain = result.brain else {
        XCTFail("script has errors: \(result.diagnostics.map { "\($0.location): \($0.message)" })", file: file, line: line)
        fatalError()
    }
    return brain
}

/// The turn an answer makes in `state` of a one-file script, in a new session (seed 1) put in that state.
func answer(_ message: String, in state: String, of script: String, file: StaticString = #filePath, line: UInt = #line) -> TurnResult {
    answer(message, in: state, by: brain(script, file: file, line: line))
}

/// The turn an answer makes in `state` of a brain, in a new session (seed 1) put in that state.
func answer(_ message: String, in state: String, by brain: Brain) -> TurnResult {
    let engine = Engine(brain: brain)
    var session = engine.newSession(seed: 1)
    session.state = state
    return engine.respond(to: message, in: session)
}

/// The brain as the cache keeps it: archived, then read back.
func archivedAndRead(_ brain: Brain) throws -> Brain {
    var writer = ArchiveWriter()
    brain.archive(into: &writer)
    var reader = try ArchiveReader(writer.finished())
    return try Brain(from: &reader)
}

/// A brain with a pattern too long for `PatternProgram` (intent `long`: "gun" then eight `*8 last` steps, so it runs
/// on `BacktrackingRunner`) and a short one the program runs (intent `short`: "gun *3 knife"); `extra` goes before them.
func longAndShortPatternBrain(last: String, extra: String = "", file: StaticString = #filePath, line: UInt = #line) -> Brain {
    let words = (0..<8).map { _ in "*8 \(last)" }.joined(separator: " ")
    return brain("""
    start s
    \(extra)intent long
      pattern: gun \(words)
    intent short
      pattern: gun *3 knife
    state s
      say: hi
      on long, short -> s
    """, file: file, line: line)
}

/// The example dialogue that exercises every feature of the format.
let exampleDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/example").path

func exampleBrain() -> Brain {
    let loaded = DialogueDirectory(path: exampleDirectory).load()
    precondition(loaded.brain != nil, "example fixture has errors: \(loaded.diagnostics)")
    return loaded.brain!
}

/// Plays messages from a fresh session and returns every turn.
func play(_ engine: Engine, _ messages: [String], seed: UInt64 = 1, context: [String: String] = [:]) -> [TurnResult] {
    var session = engine.newSession(seed: seed, context: context)
    return messages.map { message in
        let turn = engine.respond(to: message, in: session)
        session = turn.session
        return turn
    }
}
