import XCTest
import CoachCrypto

final class HexTests: XCTestCase {
    func testHexString() {
        let cases: [(name: String, bytes: [UInt8], hex: String)] = [
            ("empty", [], ""),
            ("zero pads to two digits", [0x00, 0x0f], "000f"),
            ("lowercase", [0xab, 0xcd, 0xef], "abcdef"),
            ("all nibbles", [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef], "0123456789abcdef"),
            ("extremes", [0xff, 0x80, 0x7f], "ff807f"),
        ]
        for c in cases {
            XCTAssertEqual(c.bytes.hexString, c.hex, c.name)
        }
    }
}
