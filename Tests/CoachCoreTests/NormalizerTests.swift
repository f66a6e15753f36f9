import CoachCore
import XCTest

final class NormalizerTests: XCTestCase {
    func testWordsAndText() {
        let cases: [(name: String, input: String, words: String, text: String)] = [
            ("case and punctuation", "He's YELLING at her!", "he yelling at her", "he yelling at her!"),
            ("contraction n't", "He didn't hit anyone", "he did not hit anyone", "he did not hit anyone"),
            ("won't and can't", "I won't, I can't", "i will not i can not", "i will not, i can not"),
            ("bare contractions", "dont cant isnt", "do not can not is not", "do not can not is not"),
            ("curly apostrophe", "she doesn\u{2019}t know", "she does not know", "she does not know"),
            ("accents folded", "Café crème à la gare", "cafe creme la gare", "cafe creme a la gare"),
            ("articles dropped from words", "a man with the knife", "man with knife", "a man with the knife"),
            ("white space collapsed", "  too   many\tspaces ", "too many spaces", "too many spaces"),
            ("control characters", "bad\u{1B}[31mred\u{0}", "bad 31mred", "bad[31mred"),
            ("other suffixes", "we're I'm you'll they've she'd", "we are i am you will they have she would", "we are i am you will they have she would"),
            ("empty", "", "", ""),
            ("hyphen inside a word", "no-one, co-worker - ok", "no one co worker ok", "no one, co worker- ok"),
            ("unicode punctuation breaks clauses", "wait\u{2014}now\u{2026}", "wait now", "wait,now,"),
            ("bare and apostrophe forms agree", "hes he's whats", "he he what", "he he what"),
        ]
        for c in cases {
            let normalized = Normalizer.normalize(c.input)
            XCTAssertEqual(normalized.words, c.words, c.name)
            XCTAssertEqual(normalized.text, c.text, c.name)
        }
    }

    func testClausesSplitOnPunctuationAndConjunctions() {
        let tokens = Normalizer.normalize("no, he has a knife but nobody is hurt").tokens
        XCTAssertEqual(tokens.map(\.clause), [0, 1, 1, 1, 2, 2, 2, 2])
    }

    func testTokenOffsetsPointIntoText() {
        let normalized = Normalizer.normalize("Hé, the KNIFE!")
        let bytes = Array(normalized.text.utf8)
        for token in normalized.tokens {
            XCTAssertEqual(String(decoding: bytes[token.start..<token.end], as: UTF8.self), token.word)
        }
    }

    func testStems() {
        let cases: [(String, String)] = [
            ("hitting", "hit"), ("hits", "hit"), ("stabbed", "stab"), ("knives", "knif"), ("knife", "knif"),
            ("following", "follow"), ("followed", "follow"), ("threatening", "threaten"), ("bleeding", "bleed"),
            ("punches", "punch"), ("bodies", "body"), ("smiling", "smil"), ("smile", "smil"), ("yelling", "yell"),
            ("dying", "die"), ("died", "die"), ("cried", "cry"), ("crying", "cry"), ("here", "here"), ("her", "her"),
            ("notes", "note"), ("not", "not"), ("planes", "plane"), ("plan", "plan"), ("staring", "stare"),
            ("thing", "thing"), ("bus", "bus"), ("this", "this"), ("women", "woman"), ("need", "need"), ("kiss", "kiss"),
        ]
        for (word, stem) in cases { XCTAssertEqual(Stemmer.stem(word), stem, word) }
    }
}
