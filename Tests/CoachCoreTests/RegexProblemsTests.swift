@testable import CoachCore
import XCTest

/// Where a broken regex breaks, and the literals a regex looks for that the normalised text never has.
final class RegexProblemsTests: XCTestCase {
    func testSyntaxErrorsPointInsideTheRegex() {
        let cases: [(String, RegexProblems.Problem?)] = [
            ("\\bok\\b", nil),
            ("(a|b", .init(offset: 0, message: "'(' is never closed")),
            ("a(b)c)", .init(offset: 5, message: "unmatched ')'")),
            ("ab[cd", .init(offset: 2, message: "'[' is never closed")),
            ("*a", .init(offset: 0, message: "'*' has nothing before it to repeat")),
            ("(a|+b)", .init(offset: 3, message: "'+' has nothing before it to repeat")),
            ("ab\\", .init(offset: 2, message: "a '\\' at the end escapes nothing")),
            ("[)(]x?+", nil),
            ("(?<!\\bi )hit(?=s)", nil),
            ("\\Q(\\E", nil),
        ]
        for (source, expected) in cases {
            XCTAssertEqual(RegexProblems.syntaxError(in: source), expected, source)
        }
    }

    func testLiteralsThatCanNeverMatch() {
        let cases: [(String, [Int])] = [
            ("\\bhe's\\b", [4]),
            ("\\bdidn't\\b", [6]),
            ("\\bdont\\b", [2]),
            ("\\b(gonna|going to) hit\\b", [3]),
            ("\\bHit\\b", [2]),
            ("\\bcafé\\b", [5]),
            ("\\bdon'?t\\b", []),
            ("[^']+ \\bok\\b \\W\\S\\p{L}", []),
            ("\\bdonte\\b", []),
        ]
        for (source, offsets) in cases {
            XCTAssertEqual(RegexProblems.neverMatching(in: source).map(\.offset), offsets, source)
        }
    }
}
