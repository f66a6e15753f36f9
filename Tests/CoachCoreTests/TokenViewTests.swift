@testable import CoachCore
import CoachFiles
import XCTest

/// The matcher's view of a message, its words ranges of the normalised text's bytes, is the view built from each
/// token's own strings: on random messages of words, accents, apostrophes, hyphens, digits, emoji and punctuation.
final class TokenViewTests: XCTestCase {
    func testViewFromTheTextEqualsTheViewFromTheTokens() {
        let dialogues = BrainArchiveTests.root.appendingPathComponent("Dialogues").path
        guard let brain = DialogueDirectory(path: dialogues).load().brain else { return XCTFail("built-in dialogues have errors") }
        let pieces = ["hello", "there", "help", "street", "work", "didn't", "can't", "no-one", "café", "naïve", "Ünïcödé",
                      "stabbing", "knif", "chokin", "w/", "w/o", "I'm", "they're", "42", "19th", "😡", "—", ",", ".", "!", "?",
                      "  ", "'", "-", "the", "a", "an", "not", "never", "ß", "ＦＵＬＬ", "don’t", "O'Brien"]
        var random = SeededRandom(seed: 20_261_130)
        for _ in 0..<2_000 {
            let length = Int(random.next() % 14)
            let message = (0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined(separator: random.next() % 3 == 0 ? "" : " ")
            let normalized = Normalizer.normalize(message)
            let fromText = TokenView(normalized, vocabulary: brain.patterns.vocabulary, speller: brain.speller)
            let fromTokens = TokenView(normalized.tokens, vocabulary: brain.patterns.vocabulary, speller: brain.speller)
            Self.assertSameView(fromText, fromTokens, message)
        }
    }

    /// A view read again in place, message after message (as `MatchWorkspace` keeps one), is each message's fresh view.
    func testViewReadInPlaceEqualsAFreshView() {
        let dialogues = BrainArchiveTests.root.appendingPathComponent("Dialogues").path
        guard let brain = DialogueDirectory(path: dialogues).load().brain else { return XCTFail("built-in dialogues have errors") }
        let messages = ["he has a knife and he is shouting at her", "", "chokin her!!! rn. help", "no",
                        "a man is following me. I'm scared; what do I do", "knfe", "ok", "they're filmm it"]
        var reused = TokenView()
        for message in messages + messages.reversed() {
            let normalized = Normalizer.normalize(message)
            reused.read(normalized, vocabulary: brain.patterns.vocabulary, speller: brain.speller)
            let fresh = TokenView(normalized, vocabulary: brain.patterns.vocabulary, speller: brain.speller)
            Self.assertSameView(reused, fresh, message)
        }
    }

    /// Two views of one message hold the same words, ids, sentences, sentence ends, negations and corrections.
    static func assertSameView(_ a: TokenView, _ b: TokenView, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.ids, b.ids, message, file: file, line: line)
        XCTAssertEqual(a.ids.indices.map { Array(a.word($0)) }, b.ids.indices.map { Array(b.word($0)) }, message, file: file, line: line)
        XCTAssertEqual(a.ids.indices.map(a.firstByte), b.ids.indices.map(b.firstByte), message, file: file, line: line)
        XCTAssertEqual(a.sentences, b.sentences, message, file: file, line: line)
        XCTAssertEqual(a.sentenceEnd, b.sentenceEnd, message, file: file, line: line)
        XCTAssertEqual(a.ids.indices.map(a.isNegation), b.ids.indices.map(b.isNegation), message, file: file, line: line)
        XCTAssertEqual(a.corrections.map { "\($0)" }, b.corrections.map { "\($0)" }, message, file: file, line: line)
    }
}
