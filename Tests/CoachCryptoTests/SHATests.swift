import XCTest
@testable import CoachCrypto

/// FIPS 180-4 example vectors (and the empty message) for SHA-1 and SHA-256.
final class SHATests: XCTestCase {
    struct Case {
        let name: String
        let message: [UInt8]
        let sha1: String
        let sha256: String
    }

    static let cases: [Case] = [
        Case(name: "empty", message: [],
             sha1: "da39a3ee5e6b4b0d3255bfef95601890afd80709",
             sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Case(name: "abc", message: .init(utf8: "abc"),
             sha1: "a9993e364706816aba3e25717850c26c9cd0d89d",
             sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        Case(name: "448 bits", message: .init(utf8: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             sha1: "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
             sha256: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Case(name: "one million a", message: .init(UInt8(ascii: "a"), times: 1_000_000),
             sha1: "34aa973cd4c4daa4f61eeb2bdbad27316534016f",
             sha256: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    func testSHA1Vectors() {
        for c in Self.cases {
            XCTAssertEqual(SHA1.hash(c.message).hexString, c.sha1, c.name)
        }
    }

    func testSHA256Vectors() {
        for c in Self.cases {
            XCTAssertEqual(SHA256.hash(c.message).hexString, c.sha256, c.name)
        }
    }

    func testNonContiguousInputHashesLikeAnArray() {
        let message = Array(utf8: "abc")
        XCTAssertEqual(SHA256.hash(message.lazy.map { $0 }).hexString, Self.cases[1].sha256)
        XCTAssertEqual(SHA1.hash(message.reversed().reversed()).hexString, Self.cases[1].sha1)
    }

    /// Feeding a message in chunks of every size around the block boundary gives the one-shot digest.
    func testChunkedUpdatesMatchOneShot() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) }
        let expected256 = SHA256.hash(message)
        let expected1 = SHA1.hash(message)
        for chunk in [1, 3, 55, 56, 63, 64, 65, 127, 128, 129] {
            var h256 = SHA256.Hasher()
            var h1 = SHA1.Hasher()
            for start in stride(from: 0, to: message.count, by: chunk) {
                let piece = message[start..<min(start + chunk, message.count)]
                h256.update(piece)
                h1.update(piece)
            }
            XCTAssertEqual(h256.finalize(), expected256, "SHA-256 chunk \(chunk)")
            XCTAssertEqual(h1.finalize(), expected1, "SHA-1 chunk \(chunk)")
        }
    }

    /// Messages whose padding straddles a block boundary (55, 56 and 64 bytes).
    func testPaddingBoundaries() {
        let cases: [(length: Int, sha256: String)] = [
            (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
            (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
            (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        ]
        for c in cases {
            let message = [UInt8](UInt8(ascii: "a"), times: c.length)
            XCTAssertEqual(SHA256.hash(message).hexString, c.sha256, "\(c.length) bytes")
        }
    }
}
