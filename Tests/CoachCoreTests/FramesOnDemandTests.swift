@testable import CoachCore
import XCTest

/// A turn no trace reads looks for a frame's words only when the evidence asks for the frame, and for an `undone by:`
/// phrase only when the frame it undoes is asked for and found: the intents found are those of a full analysis, message
/// by message, and only the traced frames differ.
final class FramesOnDemandTests: XCTestCase {
    func testFramesLookedForOnDemandChangeNoHit() {
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
        intent boxing_talk
          keywords: boxing
        state s
          say: hi
          on danger, real_talk, boxing_talk -> s

        """)
        let messages = [
            "at boxing he is hitting a boy", "at boxing he is hitting a boy, this is not sparring",
            "this is real, at boxing he is hitting a boy", "this is real. at boxing he is hitting a boy",
            "lol he is hitting her, not joking", "lol not joking he is hitting her", "he is hitting her for real",
            "not joking he is hitting her", "this is real he is hitting her", "for real lol at boxing", "boxing is fun",
        ]
        var workspace = MatchWorkspace(patterns: b.patterns.patterns.count)
        for message in messages {
            let full = Matcher(brain: b).analyze(message, listening: nil, everyPattern: true, workspace: &workspace)
            let turn = Matcher(brain: b).analyze(message, listening: nil, everyPattern: false, workspace: &workspace)
            XCTAssertEqual(full.hits, turn.hits, message)
            let traced = Set(full.frames.map { "\($0.frame): \($0.words)" })
            XCTAssertTrue(Set(turn.frames.map { "\($0.frame): \($0.words)" }).isSubset(of: traced), message)
        }
        let unasked = Matcher(brain: b).analyze("boxing is fun", listening: nil, everyPattern: false, workspace: &workspace)
        XCTAssertEqual(unasked.frames.map(\.frame), [], "no evidence asks for the sport frame")
        let alone = Matcher(brain: b).analyze("not joking he is hitting her", listening: nil, everyPattern: false, workspace: &workspace)
        XCTAssertEqual(alone.frames.map(\.frame), [], "no joke frame: its undoer is not matched")
        let traced = Matcher(brain: b).analyze("not joking he is hitting her", listening: nil, everyPattern: true, workspace: &workspace)
        XCTAssertEqual(traced.frames.map(\.frame), ["joke undone by"], "a trace still lists it")
    }
}
