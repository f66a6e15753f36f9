@testable import CoachCore
import XCTest

/// The load cache's content hash: any one byte changed, a block moved or the length changed gives another hash.
final class ContentHashTests: XCTestCase {
    /// Bytes like a file's: text, with every length around the 64-byte rounds and the 8-byte tail words.
    static let text = Array(String(repeating: "plan_a\tget the driver to stop the bus\nnone\tidk\n", count: 9).utf8)

    func testOneByteChangedAnywhereChangesTheHash() {
        for length in [0, 1, 7, 8, 15, 16, 63, 64, 65, 127, 128, 129, Self.text.count] {
            let bytes = Array(Self.text.prefix(length))
            let hash = ContentHash(bytes)
            XCTAssertEqual(ContentHash(bytes), hash, "the same bytes: the same hash")
            for offset in bytes.indices {
                var changed = bytes
                changed[offset] ^= 0x20
                XCTAssertNotEqual(ContentHash(changed), hash, "length \(length), byte \(offset)")
            }
            XCTAssertNotEqual(ContentHash(bytes + [0]), hash, "a zero byte added at length \(length)")
        }
    }

    func testMovedOrSwappedBlocksChangeTheHash() {
        let bytes = Self.text
        let hash = ContentHash(bytes)
        for (a, b) in [(0, 16), (0, 64), (16, 80), (0, 64 * 3), (8, 72)] {
            var swapped = bytes
            swapped.replaceSubrange(a..<a + 16, with: bytes[b..<b + 16])
            swapped.replaceSubrange(b..<b + 16, with: bytes[a..<a + 16])
            XCTAssertNotEqual(ContentHash(swapped), hash, "blocks at \(a) and \(b) swapped")
        }
        let repeated = [UInt8](repeating: 0x41, count: 64 * 4)
        var moved = repeated
        moved[3] = 0x42
        var movedAgain = repeated
        movedAgain[64 * 2 + 3] = 0x42
        XCTAssertNotEqual(ContentHash(moved), ContentHash(movedAgain), "the same change in another round")
    }

    func testTextAndBytesHashAlike() {
        let text = String(decoding: Self.text, as: UTF8.self)
        XCTAssertEqual(ContentHash(text), ContentHash(Self.text))
        XCTAssertEqual(Self.text.withUnsafeBytes { ContentHash($0) }, ContentHash(Self.text))
    }
}
