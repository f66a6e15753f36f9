import CoachHTTP
@testable import CoachServer
import XCTest

/// Signatures Twilio's own validator accepts (issue 11, defect 7). Expected values were computed with Python's
/// hmac module following twilio-python's RequestValidator (URL with and without the default port; names and
/// each name's distinct values sorted).
final class TwilioSignatureTests: XCTestCase {
    static let form = "From=%2B15551234567&Body=hello&To=%2B15557654321"
    static let repeated = "From=%2B15551234567&Body=photo&MediaUrl0=https%3A%2F%2Fm%2Fb&Tag=zeta&Tag=alpha&Tag=zeta"

    func status(publicURL: String, body: String, headers: [(String, String)], signingKey: String? = nil) -> Int {
        let app = makeTestApp {
            $0.twilioAuthToken = "secret-token"
            $0.publicURL = publicURL
            $0.twilioSigningKey = signingKey
        }
        return send(app, "POST", "/twilio", body, headers: headers).status
    }

    func testSignaturesTheOfficialValidatorAccepts() {
        let cases: [(name: String, publicURL: String, body: String, headers: [(String, String)], signingKey: String?, status: Int)] = [
            ("signed without port, configured with :443", "https://bot.example.org:443", Self.form,
             [("X-Twilio-Signature", "KgaI+b4ZdF3kn+mWixO42g1eHYQ=")], nil, 200),
            ("signed with :443, configured without", "https://bot.example.org", Self.form,
             [("X-Twilio-Signature", "xYJTXP1Su+5Q0aQj5c1zru1mkD0=")], nil, 200),
            ("signed with :443, configured with", "https://bot.example.org:443/twilio", Self.form,
             [("X-Twilio-Signature", "xYJTXP1Su+5Q0aQj5c1zru1mkD0=")], nil, 200),
            ("repeated parameters, values sorted", "https://bot.example.org", Self.repeated,
             [("X-Twilio-Signature", "4+LGhsJfvTgZ5Urfh6cUiGdBFmk=")], nil, 200),
            ("HMAC-SHA256 under the signing key", "https://bot.example.org", Self.form,
             [("X-Twilio-Signature", "OoEITYRYjPjq8fsW5CURGcE7Z9sfJ1IMwhSwzA2k2KQ="),
              ("X-Twilio-Webhooks-Signature-Settings", "key=WS0123,algorithm=HMAC_SHA256")], "shared-key-secret", 200),
            ("HMAC-SHA256 under the auth token when no signing key is set", "https://bot.example.org", Self.form,
             [("X-Twilio-Signature", "kQrnLHdtdK5c6Ks9dPJuMpIWp5DvuNa+JZmIQ20FQV0="),
              ("X-Twilio-Webhooks-Signature-Settings", "key=WS0123,algorithm=HMAC_SHA256")], nil, 200),
            ("SHA-256 signature without the settings header", "https://bot.example.org", Self.form,
             [("X-Twilio-Signature", "kQrnLHdtdK5c6Ks9dPJuMpIWp5DvuNa+JZmIQ20FQV0=")], nil, 401),
            ("unknown algorithm", "https://bot.example.org", Self.form,
             [("X-Twilio-Signature", "kQrnLHdtdK5c6Ks9dPJuMpIWp5DvuNa+JZmIQ20FQV0="),
              ("X-Twilio-Webhooks-Signature-Settings", "key=WS0123,algorithm=HMAC_MD5")], nil, 401),
            ("another host", "https://other.example.org", Self.form,
             [("X-Twilio-Signature", "KgaI+b4ZdF3kn+mWixO42g1eHYQ=")], nil, 401),
        ]
        for c in cases {
            XCTAssertEqual(status(publicURL: c.publicURL, body: c.body, headers: c.headers, signingKey: c.signingKey), c.status, c.name)
        }
    }

    func testSignedString() {
        XCTAssertEqual(TwilioSignature.signedString(url: "https://x/t", parameters: [("b", "2"), ("a", "z"), ("a", "y"), ("a", "z")]),
                       "https://x/tayazb2")
        XCTAssertEqual(TwilioSignature.urlVariants("https://bot.example.org/twilio?x=1"),
                       ["https://bot.example.org/twilio?x=1", "https://bot.example.org:443/twilio?x=1"])
        XCTAssertEqual(TwilioSignature.urlVariants("http://h:80/t"), ["http://h:80/t", "http://h/t"])
    }
}
