import CoachCrypto
import XCTest

/// PBKDF2-HMAC-SHA256 against RFC 7914 §11 and the widely published SHA-256 vectors.
final class PBKDF2Tests: XCTestCase {
    func testKnownVectors() {
        let cases: [(password: String, salt: String, iterations: Int, length: Int, key: String)] = [
            ("password", "salt", 1, 32, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
            ("password", "salt", 4096, 32, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
            ("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 40,
             "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"),
            // RFC 7914 §11, first PBKDF2 vector: two output blocks.
            ("passwd", "salt", 1, 64,
             "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"),
        ]
        for c in cases {
            let key = PBKDF2.sha256(password: Array(c.password.utf8), salt: Array(c.salt.utf8), iterations: c.iterations, length: c.length)
            XCTAssertEqual(key.hexString, c.key, "\(c.password) / \(c.salt) / \(c.iterations)")
        }
    }
}
