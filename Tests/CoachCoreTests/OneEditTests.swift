@testable import CoachCore
import XCTest

/// The speller's byte-level one-edit test against the edit distance it stands for.
final class OneEditTests: XCTestCase {
    func testAgreesWithEditDistanceOnRandomWords() {
        var random = SplitMix(seed: 8)
        var ones = 0
        for _ in 0..<20_000 {
            // Short words over three letters, so that most pairs are a few edits apart and many exactly one.
            func word() -> String { String((0..<random.below(6)).map { _ in Array("abc")[random.below(3)] }) }
            let a = word()
            let b = random.below(2) == 0 ? word() : Self.edited(a, &random)
            let expected = Suggestion.editDistance(a, b) == 1
            if expected { ones += 1 }
            XCTAssertEqual(OneEdit.apart(Array(a.utf8), Array(b.utf8)), expected, "\(a) / \(b)")
        }
        XCTAssertGreaterThan(ones, 2_000)
    }

    func testNamedCases() {
        let cases: [(String, String, Bool)] = [
            ("knife", "knife", false), ("knife", "knif", true), ("knif", "knife", true), ("knife", "knfe", true),
            ("record", "recrod", true), ("record", "rceord", true), ("film", "filmm", true), ("film", "flim", true),
            ("punch", "bunch", true), ("punch", "bunhc", false), ("", "a", true), ("", "", false), ("ab", "ba", true),
            ("abc", "cba", false), ("shout", "shoutin", false),
        ]
        for (a, b, expected) in cases {
            XCTAssertEqual(OneEdit.apart(Array(a.utf8), Array(b.utf8)), expected, "\(a) / \(b)")
            XCTAssertEqual(Suggestion.editDistance(a, b) == 1, expected, "\(a) / \(b)")
        }
    }

    /// `word` with one random edit: a letter added, dropped or changed, or two neighbours swapped.
    static func edited(_ word: String, _ random: inout SplitMix) -> String {
        var letters = Array(word)
        let letter = Array("abc")[random.below(3)]
        switch random.below(4) {
        case 0: letters.insert(letter, at: random.below(letters.count + 1))
        case 1: if !letters.isEmpty { letters.remove(at: random.below(letters.count)) }
        case 2: if !letters.isEmpty { letters[random.below(letters.count)] = letter }
        default: if letters.count > 1 { let i = random.below(letters.count - 1); letters.swapAt(i, i + 1) }
        }
        return String(letters)
    }
}
