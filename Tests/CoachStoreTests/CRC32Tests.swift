import XCTest
@testable import CoachStore

final class CRC32Tests: XCTestCase {
    func testKnownChecksums() {
        let cases: [(name: String, input: String, crc: UInt32)] = [
            ("empty", "", 0x0000_0000),
            ("one byte", "a", 0xE8B7_BE43),
            ("check value", "123456789", 0xCBF4_3926),
            ("pangram", "The quick brown fox jumps over the lazy dog", 0x414F_A339),
        ]
        for c in cases {
            XCTAssertEqual(Array(c.input.utf8).withUnsafeBytes { CRC32.checksum($0) }, c.crc, c.name)
        }
    }

    func testIncrementalMatchesOneShot() {
        let bytes = Array("123456789".utf8)
        var crc = CRC32()
        bytes[..<4].withUnsafeBytes { crc.update($0) }
        bytes[4...].withUnsafeBytes { crc.update($0) }
        XCTAssertEqual(crc.value, 0xCBF4_3926)
    }
}
