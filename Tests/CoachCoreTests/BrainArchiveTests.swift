@testable import CoachCore
import CoachFiles
import Foundation
import XCTest

/// A brain read back from the archive is the brain that was written: every stored property, at any depth, but the
/// element trees that only `BacktrackingRunner` reads, where no pattern runs on it; and the same answers on the
/// benchmark's message mix.
final class BrainArchiveTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testBuiltInBrainRoundTripsExactly() throws {
        let loaded = DialogueDirectory(path: Self.root.appendingPathComponent("Dialogues").path).load()
        let brain = try XCTUnwrap(loaded.brain)
        var writer = ArchiveWriter()
        brain.archive(into: &writer)
        var reader = try ArchiveReader(writer.finished())
        let copy = try Brain(from: &reader)
        XCTAssertTrue(reader.isAtEnd)
        // The archive leaves out the element trees of patterns that run on the program, and the concepts' trees when
        // no pattern runs on `BacktrackingRunner`: those are read back empty.
        let index = brain.patterns
        var leftOut = index.patterns.indices.filter { index.program.patternSequence[$0] >= 0 }.map { "brain.patterns.patterns.\($0).elements" }
        if !index.needsBacktracking { leftOut.append("brain.patterns.concepts") }
        for (id, pattern) in copy.patterns.patterns.enumerated() where index.program.patternSequence[id] >= 0 {
            XCTAssertTrue(pattern.elements.isEmpty)
        }
        XCTAssertEqual(copy.patterns.concepts.count, index.needsBacktracking ? index.concepts.count : 0)
        let (original, restored) = (Self.describe(brain, leaving: leftOut), Self.describe(copy, leaving: leftOut))
        XCTAssertEqual(original.count, restored.count)
        for (a, b) in zip(original, restored) where a != b {
            XCTFail("first difference: \(a) != \(b)")
            break
        }
        let messages = try String(contentsOf: Self.root.appendingPathComponent("Benchmarks/messages.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let (engine, engineCopy) = (Engine(brain: brain, tracing: true), Engine(brain: copy, tracing: true))
        var (session, sessionCopy) = (engine.newSession(seed: 7), engineCopy.newSession(seed: 7))
        for message in messages.prefix(300) {
            let (analysis, analysisCopy) = (brain.analyze(message), copy.analyze(message))
            XCTAssertEqual(analysis.hits, analysisCopy.hits)
            XCTAssertEqual(analysis.frames, analysisCopy.frames)
            XCTAssertEqual(analysis.discarded + analysis.corrections, analysisCopy.discarded + analysisCopy.corrections)
            let (turn, turnCopy) = (engine.respond(to: message, in: session), engineCopy.respond(to: message, in: sessionCopy))
            XCTAssertEqual(turn.replies, turnCopy.replies)
            XCTAssertEqual([turn.intent, turn.session.state], [turnCopy.intent, turnCopy.session.state])
            XCTAssertEqual(turn.tags + turn.trace, turnCopy.tags + turnCopy.trace)
            XCTAssertEqual(turn.session, turnCopy.session)
            (session, sessionCopy) = (turn.session, turnCopy.session)
        }
    }

    /// A pattern too long for the program keeps its element trees, and the concepts theirs, through the archive.
    func testPatternsOnTheBacktrackerKeepTheirTrees() throws {
        let b = longAndShortPatternBrain(last: "~weapon", extra: "concept weapon\n  knife, sharp knife, bat\n")
        XCTAssertEqual(b.patterns.program.patternSequence.map { $0 >= 0 }, [false, true])
        var writer = ArchiveWriter()
        b.archive(into: &writer)
        var reader = try ArchiveReader(writer.finished())
        let copy = try Brain(from: &reader)
        XCTAssertEqual(copy.patterns.patterns.map(\.elements.count), [b.patterns.patterns[0].elements.count, 0])
        XCTAssertEqual(copy.patterns.concepts.map(\.name), b.patterns.concepts.map(\.name))
        let message = "gun " + (0..<8).map { _ in "x y z sharp knife" }.joined(separator: " ")
        XCTAssertEqual(copy.analyze(message).hit(copy.intentID("long")!)?.score, 41)
        XCTAssertEqual(copy.analyze(message).hit(copy.intentID("short")!)?.score, b.analyze(message).hit(b.intentID("short")!)?.score)
    }

    /// `describe(value)` without the lines of the properties at `paths` (and below them).
    static func describe(_ value: Any, leaving paths: [String]) -> [String] {
        let left = Set(paths)
        return describe(value).filter { line in
            var path = line.prefix { $0 != " " && $0 != ":" }
            while true {
                if left.contains(String(path)) { return false }
                guard let dot = path.lastIndex(of: ".") else { return true }
                path = path[..<dot]
            }
        }
    }

    /// Every stored property as `path = value` lines, through Mirror; sets and dictionaries in sorted order
    /// (their iteration order differs between two equal instances), regular expressions by their pattern.
    static func describe(_ value: Any, path: String = "brain") -> [String] {
        if let regex = value as? NSRegularExpression { return ["\(path) = /\(regex.pattern)/ \(regex.options.rawValue)"] }
        let mirror = Mirror(reflecting: value)
        if mirror.children.isEmpty, mirror.displayStyle != .collection, mirror.displayStyle != .set,
           mirror.displayStyle != .dictionary { return ["\(path) = \(value)"] }
        let children = mirror.children.enumerated().map { k, child in describe(child.value, path: path + "." + (child.label ?? "\(k)")) }
        switch mirror.displayStyle {
        case .set, .dictionary:
            return children.map { $0.map { line in String(line.drop(while: { $0 != "=" })) }.joined(separator: ";") }.sorted()
                .map { "\(path) has \($0)" }
        default:
            return ["\(path): \(mirror.displayStyle.map { "\($0)" } ?? "") \(mirror.children.count)"] + children.flatMap { $0 }
        }
    }
}
