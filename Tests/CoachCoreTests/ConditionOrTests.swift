import XCTest
@testable import CoachCore

/// `or` in conditions: `and` binds tighter, so `a and b or c` is "(a and b) or c".
final class ConditionOrTests: XCTestCase {
    private func condition(_ text: String) throws -> Condition {
        var cursor = LineCursor(file: "t.coach", line: 1, text: Substring(text))
        var diagnostics: [Diagnostic] = []
        let parsed = ConditionParser.parse(&cursor, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics, [], text)
        return try XCTUnwrap(parsed, text)
    }

    func testOrOfGroups() throws {
        let cases: [(condition: String, slots: [String: String], holds: Bool)] = [
            ("not region or region = other", [:], true),
            ("not region or region = other", ["region": "other"], true),
            ("not region or region = other", ["region": "uk"], false),
            ("setting = work and region = uk or danger", ["setting": "work", "region": "uk"], true),
            ("setting = work and region = uk or danger", ["setting": "work", "region": "fr"], false),
            ("setting = work and region = uk or danger", ["region": "fr", "danger": "yes"], true),
        ]
        for c in cases {
            XCTAssertEqual(try condition(c.condition).holds { c.slots[$0] }, c.holds, "\(c.condition) with \(c.slots)")
        }
    }

    func testSourceAndSlotsRead() throws {
        let parsed = try condition("setting = work and not danger or region != uk")
        XCTAssertEqual(parsed.source, "setting = work and not danger or region != uk")
        XCTAssertEqual(parsed.terms.map(\.slot.name), ["setting", "danger", "region"])
    }
}
