@testable import CoachCore
import Foundation
import XCTest

/// The pattern parser's shortcut for plain words gives what normalising gives, on every word of the built-in
/// known-words list, the articles and contractions the scanner knows, and random strings.
final class PlainWordTests: XCTestCase {
    func testPlainWordsNormaliseToThemselves() throws {
        let list = BrainArchiveTests.root.appendingPathComponent("Dialogues/words/english.words")
        var words = try String(contentsOf: list, encoding: .utf8).split(separator: "\n").map(String.init)
        words += ["a", "an", "the", "dont", "cant", "wont", "im", "youre", "gonna", "men", "but", "and", "19th", "2024", "w", "o"]
        var random = SeededRandom(seed: 7)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789-'A ".utf8)
        for _ in 0..<20_000 {
            words.append(String(decoding: (0..<(1 + Int(random.next() % 9))).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }, as: UTF8.self))
        }
        var shortcuts = 0
        for word in words {
            guard let plain = WordPatternParser.plainWord(word) else { continue }
            shortcuts += 1
            XCTAssertEqual(plain, Normalizer.normalize(word).tokens.map(\.word), word)
        }
        XCTAssertGreaterThan(shortcuts, 50_000)
    }
}
