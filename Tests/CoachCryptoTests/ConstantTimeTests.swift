import XCTest
import CoachCrypto

final class ConstantTimeTests: XCTestCase {
    func testEquals() {
        let cases: [(name: String, a: [UInt8], b: [UInt8], equal: Bool)] = [
            ("equal", [1, 2, 3, 4], [1, 2, 3, 4], true),
            ("differ first byte", [9, 2, 3, 4], [1, 2, 3, 4], false),
            ("differ last byte", [1, 2, 3, 4], [1, 2, 3, 5], false),
            ("differ in one bit", [1, 2, 3, 4], [1, 2, 3, 0x84], false),
            ("shorter", [1, 2, 3], [1, 2, 3, 4], false),
            ("longer", [1, 2, 3, 4, 0], [1, 2, 3, 4], false),
            ("both empty", [], [], true),
            ("one empty", [], [0], false),
        ]
        for c in cases {
            XCTAssertEqual(ConstantTime.equals(c.a, c.b), c.equal, c.name)
        }
    }

    func testMixedCollectionTypes() {
        let bytes: [UInt8] = Array("signature".utf8)
        XCTAssertTrue(ConstantTime.equals(bytes, "signature".utf8))
        XCTAssertTrue(ConstantTime.equals(bytes[2...], "gnature".utf8))
        XCTAssertFalse(ConstantTime.equals(bytes, "signaturE".utf8))
    }
}
