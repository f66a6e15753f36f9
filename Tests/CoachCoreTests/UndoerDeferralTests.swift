@testable import CoachCore
import XCTest

/// A turn no trace reads matches an `undone by:` phrase only when the frame it undoes was found: the intents found are
/// those of a full analysis, message by message, and only the traced frames differ.
final class UndoerDeferralTests: XCTestCase {
    func testPuttingOffUndoersChangesNoHit() {
        let b = brain("""
        start s
        concept real: this is real, not sparring, for real
        frame sport
          scope: sentence
          keywords: boxing, sparring
          undone by: ~real
        frame joke
          scope: clause
          keywords: lol
          undone by: not joking
        intent danger
          keywords: hitting
          not in: sport, joke
        intent real_talk
          keywords: for real
        state s
          say: hi
          on danger, real_talk -> s

        """)
        let messages = [
            "at boxing he is hitting a boy", "at boxing he is hitting a boy, this is not sparring",
            "this is real, at boxing he is hitting a boy", "this is real. at boxing he is hitting a boy",
            "lol he is hitting her, not joking", "lol not joking he is hitting her", "he is hitting her for real",
            "not joking he is hitting her", "this is real he is hitting her", "for real lol at boxing",
        ]
        var workspace = MatchWorkspace(patterns: b.patterns.patterns.count)
        for message in messages {
            let full = Matcher(brain: b).analyze(message, listening: nil, everyFrame: true, workspace: &workspace)
            let turn = Matcher(brain: b).analyze(message, listening: nil, everyFrame: false, workspace: &workspace)
            XCTAssertEqual(full.hits, turn.hits, message)
            let undoers = full.frames.filter { $0.frame.hasSuffix(CompiledFrame.undoerSuffix) }.count
            XCTAssertEqual(full.frames.count - turn.frames.count <= undoers, true, message)
        }
        let alone = Matcher(brain: b).analyze("not joking he is hitting her", listening: nil, everyFrame: false, workspace: &workspace)
        XCTAssertEqual(alone.frames.map(\.frame), [], "no joke frame: its undoer is not matched")
        let traced = Matcher(brain: b).analyze("not joking he is hitting her", listening: nil, everyFrame: true, workspace: &workspace)
        XCTAssertEqual(traced.frames.map(\.frame), ["joke undone by"], "a trace still lists it")
    }
}
