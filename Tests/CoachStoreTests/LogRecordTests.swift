import CoachCrypto
import Foundation
import XCTest
@testable import CoachStore

final class LogRecordTests: XCTestCase {
    static let alice = SessionKey(user: "alice")
    static let time: Int64 = 1_700_000_000_123

    /// Exact encodings, checked against an independent Python encoder (zlib.crc32, struct.pack).
    func testEncodings() {
        let cases: [(name: String, kind: RecordKind, key: SessionKey, time: Int64, payload: [UInt8], hex: String)] = [
            ("put", .put, Self.alice, Self.time, Array("hi".utf8),
             "ff4143530101000099db77b0762df8b1c0373451dc06e834b3daa4d438c21378fa5c6337fa5abb32"
                + "7b68e5cf8b010000020000006869a1a21769"),
            ("erase", .erase, Self.alice, Self.time, [],
             "ff4143530102000099db77b0762df8b1c0373451dc06e834b3daa4d438c21378fa5c6337fa5abb32"
                + "7b68e5cf8b01000000000000f8113515"),
            ("void", .void, .zero, 0, [0, 0, 0, 0],
             "ff414353010000000000000000000000000000000000000000000000000000000000000000000000"
                + "000000000000000004000000000000007fb43356"),
        ]
        for c in cases {
            var bytes: [UInt8] = []
            LogRecord.append(kind: c.kind, key: c.key, time: c.time, payload: c.payload, to: &bytes)
            XCTAssertEqual(bytes.hexString, c.hex, c.name)
            XCTAssertEqual(bytes.count, LogRecord.overhead + c.payload.count, c.name)
        }
        XCTAssertEqual(LogRecord.void(size: 60).hexString, cases[2].hex, "void(size:)")
    }

    func testDecodeRoundTrip() throws {
        var bytes: [UInt8] = [7, 7, 7]  // records may start at any offset
        LogRecord.append(kind: .put, key: Self.alice, time: Self.time, payload: Array("hello".utf8), to: &bytes)
        let record = try XCTUnwrap(bytes.withUnsafeBytes { LogRecord.decode($0, at: 3) })
        XCTAssertEqual(record.kind, .put)
        XCTAssertEqual(record.key, Self.alice)
        XCTAssertEqual(record.time, Self.time)
        XCTAssertEqual(record.payload, Data("hello".utf8))
        XCTAssertEqual(record.size, 61)
    }

    func testDecodeRejectsDamage() {
        var good: [UInt8] = []
        LogRecord.append(kind: .put, key: Self.alice, time: Self.time, payload: Array("hello".utf8), to: &good)
        func damaged(_ change: (inout [UInt8]) -> Void) -> [UInt8] {
            var copy = good
            change(&copy)
            return copy
        }
        let cases: [(name: String, bytes: [UInt8])] = [
            ("empty", []),
            ("header only", Array(good.prefix(52))),
            ("missing last byte", Array(good.dropLast())),
            ("bad magic", damaged { $0[0] = 0xFE }),
            ("unknown version", damaged { $0[4] = 2 }),
            ("unknown kind", damaged { $0[5] = 9 }),
            ("flipped key bit", damaged { $0[8] ^= 1 }),
            ("flipped payload bit", damaged { $0[53] ^= 0x80 }),
            ("flipped checksum bit", damaged { $0[good.count - 1] ^= 1 }),
            ("length beyond the data", damaged { $0[48] = 6 }),
            ("length beyond the limit", damaged { $0[48...51] = [0xFF, 0xFF, 0xFF, 0xFF] }),
        ]
        for c in cases {
            XCTAssertNil(c.bytes.withUnsafeBytes { LogRecord.decode($0, at: 0) }, c.name)
        }
    }
}
