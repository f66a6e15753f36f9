import XCTest
import CoachCrypto

/// RFC 2202 (HMAC-SHA1) and RFC 4231 (HMAC-SHA256) test cases 1–7.
final class HMACTests: XCTestCase {
    struct Case {
        let name: String
        let key: [UInt8]
        let data: [UInt8]
        let mac: String
        /// How many leading bytes of the MAC the RFC gives (nil: all of them).
        var truncatedTo: Int? = nil
    }

    static let rfc2202SHA1: [Case] = [
        Case(name: "1", key: .init(0x0b, times: 20), data: .init(utf8: "Hi There"),
             mac: "b617318655057264e28bc0b6fb378c8ef146be00"),
        Case(name: "2 short key", key: .init(utf8: "Jefe"), data: .init(utf8: "what do ya want for nothing?"),
             mac: "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
        Case(name: "3", key: .init(0xaa, times: 20), data: .init(0xdd, times: 50),
             mac: "125d7342b9ac11cd91a39af48aa17b4f63f175d3"),
        Case(name: "4", key: .init(hex: "0102030405060708090a0b0c0d0e0f10111213141516171819"),
             data: .init(0xcd, times: 50),
             mac: "4c9007f4026250c6bc8414f9bf50c86c2d7235da"),
        Case(name: "5 truncation", key: .init(0x0c, times: 20), data: .init(utf8: "Test With Truncation"),
             mac: "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"),
        Case(name: "6 long key", key: .init(0xaa, times: 80),
             data: .init(utf8: "Test Using Larger Than Block-Size Key - Hash Key First"),
             mac: "aa4ae5e15272d00e95705637ce8a3b55ed402112"),
        Case(name: "7 long key and data", key: .init(0xaa, times: 80),
             data: .init(utf8: "Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
             mac: "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"),
    ]

    static let rfc4231SHA256: [Case] = [
        Case(name: "1", key: .init(0x0b, times: 20), data: .init(utf8: "Hi There"),
             mac: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        Case(name: "2 short key", key: .init(utf8: "Jefe"), data: .init(utf8: "what do ya want for nothing?"),
             mac: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        Case(name: "3", key: .init(0xaa, times: 20), data: .init(0xdd, times: 50),
             mac: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        Case(name: "4", key: .init(hex: "0102030405060708090a0b0c0d0e0f10111213141516171819"),
             data: .init(0xcd, times: 50),
             mac: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        Case(name: "5 truncated to 128 bits", key: .init(0x0c, times: 20), data: .init(utf8: "Test With Truncation"),
             mac: "a3b6167473100ee06e0c796c2955552b", truncatedTo: 16),
        Case(name: "6 long key", key: .init(0xaa, times: 131),
             data: .init(utf8: "Test Using Larger Than Block-Size Key - Hash Key First"),
             mac: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        Case(name: "7 long key and data", key: .init(0xaa, times: 131),
             data: .init(utf8: "This is a test using a larger than block-size key and a larger than block-size data."
                 + " The key needs to be hashed before being used by the HMAC algorithm."),
             mac: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    func testHMACSHA1RFC2202() {
        for c in Self.rfc2202SHA1 {
            let mac = HMAC.sha1(key: c.key, message: c.data)
            XCTAssertEqual(mac.count, 20, c.name)
            XCTAssertEqual(Array(mac.prefix(c.truncatedTo ?? mac.count)).hexString, c.mac, "case \(c.name)")
        }
    }

    func testHMACSHA256RFC4231() {
        for c in Self.rfc4231SHA256 {
            let mac = HMAC.sha256(key: c.key, message: c.data)
            XCTAssertEqual(mac.count, 32, c.name)
            XCTAssertEqual(Array(mac.prefix(c.truncatedTo ?? mac.count)).hexString, c.mac, "case \(c.name)")
        }
    }

    /// Keys up to one block are zero-padded, not hashed; longer keys are hashed first.
    func testKeyLengthHandling() {
        let message = Array(utf8: "hello")
        let short = [UInt8](0x42, times: 20)
        XCTAssertEqual(HMAC.sha256(key: short, message: message),
                       HMAC.sha256(key: short + [UInt8](0, times: 44), message: message), "zero padding to 64 bytes")
        let long = [UInt8](0x42, times: 65)
        XCTAssertEqual(HMAC.sha256(key: long, message: message),
                       HMAC.sha256(key: SHA256.hash(long), message: message), "65-byte key is hashed")
        XCTAssertEqual(HMAC.sha1(key: long, message: message),
                       HMAC.sha1(key: SHA1.hash(long), message: message), "65-byte key is hashed")
    }
}
