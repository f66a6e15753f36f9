@testable import CoachCore
import XCTest

/// `ContractionBytes.expand` (the scanner's byte path) says what `Contractions.expand` says, or leaves the word to it.
final class ContractionBytesTests: XCTestCase {
    func testSameWordsAsTheStringExpansion() {
        let cases: [(name: String, word: String)] = [
            ("n't", "didn't"), ("won't", "won't"), ("can't", "can't"), ("shan't", "shan't"), ("ain't", "ain't"),
            ("n't alone", "n't"), ("t without n", "it't"), ("'re", "we're"), ("'m", "i'm"), ("'ll", "you'll"),
            ("'ve", "they've"), ("'d", "she'd"), ("'s", "he's"), ("unknown ending", "o'clock"), ("digits", "90's"),
            ("one-letter unknown", "y'a"), ("two-letter unknown", "y'all"), ("longer ending", "rock'nroll"),
        ]
        for c in cases {
            let raw = Array(c.word.utf8)[...]
            guard let (first, second) = ContractionBytes.expand(raw) else { return XCTFail("not expanded: \(c.name)") }
            let words = [first] + (second.map { [$0] } ?? [])
            XCTAssertEqual(words.map { String(decoding: $0, as: UTF8.self) }, Contractions.expand(raw), c.name)
        }
    }

    func testLeavesOtherWordsToTheStringExpansion() {
        let cases: [(name: String, word: String)] = [
            ("no apostrophe", "dont"), ("two apostrophes", "rock'n'roll"), ("not ASCII", "caf\u{E9}'s"),
        ]
        for c in cases { XCTAssertNil(ContractionBytes.expand(Array(c.word.utf8)[...]), c.name) }
    }
}
