@testable import CoachCore
import XCTest

/// `StemKey`: two stems with keys are equal exactly when their keys are; a stem that is not short ASCII has none.
final class StemKeyTests: XCTestCase {
    func testKeys() {
        let cases: [(name: String, a: String, b: String, equal: Bool)] = [
            ("same short stem", "help", "help", true),
            ("different stems", "help", "hel", false),
            ("eight bytes", "principl", "principl", true),
            ("eight bytes, last differs", "principl", "principa", false),
        ]
        for c in cases {
            let (a, b) = (StemKey.of(c.a), StemKey.of(c.b))
            XCTAssertNotEqual(a, 0, c.name)
            XCTAssertEqual(a == b, c.equal, c.name)
            XCTAssertEqual(a == b, c.a == c.b, c.name)
        }
    }

    func testNoKey() {
        for (name, stem) in [("empty", ""), ("nine bytes", "harassmen"), ("not ASCII", "café"), ("Kelvin sign", "\u{212A}"),
                             ("NUL", "a\u{0}")] {
            XCTAssertEqual(StemKey.of(stem), 0, name)
        }
    }

    /// The keys read from a message's bytes are those of its content stems as strings.
    func testMessageKeysAreTheStemsKeys() {
        for message in ["I want to help him now", "the principles thing", "café crème with a harassment report", "ok"] {
            let text = Normalizer.normalize(message)
            XCTAssertEqual(ChoiceMatcher.contentStemKeys(text), ChoiceMatcher.contentStems(text).map(StemKey.of), message)
        }
    }
}
