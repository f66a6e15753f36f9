@testable import CoachCore
import XCTest

/// A scan kept from message to message (`MatchWorkspace.scan`) marks each message's requirements with a stamp of its
/// own and clears them only every 255th message: the candidates it gives are those a fresh scan gives, past the wrap.
final class ScanStampTests: XCTestCase {
    func testAKeptScanListsWhatAFreshScanLists() {
        let b = brain("""
        start s
        concept weapon: knife, gun, blade
        intent armed
          pattern: has [a|the] ~weapon
          keywords: knife
        intent shouting
          pattern: shout* at *2 ~weapon
          keywords: yelling at them
        state s
          say: hi
          on armed, shouting -> s
        """)
        let index = b.patterns
        let messages = ["he has a knife", "shouting at her", "she was yelling at them with a gun", "nothing here", "has the blade"]
        var kept = PatternIndex.Scan()
        var visited = PatternMarks(patterns: index.patterns.count)
        var found: [PatternIndex.Candidate] = []
        var listed = 0
        for n in 0..<600 {
            let message = messages[n % messages.count]
            let view = TokenView(Normalizer.normalize(message), vocabulary: index.vocabulary, speller: b.speller)
            index.scan(view, into: &kept)
            let keptCount = index.candidates(view, &kept, &visited, into: &found)
            let fromKept = found[..<keptCount].map { [$0.pattern, $0.start] }
            var fresh = PatternIndex.Scan()
            index.scan(view, into: &fresh)
            let freshCount = index.candidates(view, &fresh, &visited, into: &found)
            XCTAssertEqual(fromKept, found[..<freshCount].map { [$0.pattern, $0.start] }, "message \(n): \(message)")
            listed += fromKept.count
        }
        XCTAssertGreaterThan(listed, 300, "the messages have candidates (480 when written)")
    }
}
