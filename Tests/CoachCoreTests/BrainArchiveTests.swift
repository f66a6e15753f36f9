@testable import CoachCore
import CoachFiles
import Foundation
import XCTest

/// A brain read back from the archive is the brain that was written: every stored property, at any depth, and
/// the same answers on the benchmark's message mix.
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
        let (original, restored) = (Self.describe(brain), Self.describe(copy))
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
