import CoachHTTP
@testable import CoachServer
import XCTest

/// Which endpoint needs which secret (issue 11, defects 2 and 10).
final class SecurityTests: XCTestCase {
    static let message = #"{"user":"u","text":"hi"}"#
    static let rasa = #"{"sender":"u","message":"hi"}"#
    static let disabled = #"{"error":{"message":"this endpoint is disabled: channel secrets are set but no API key is; start coach serve with --api-key"}}"#

    func testAPIAndDeleteAreClosedWhileChannelsAreProtectedWithoutAKey() {
        let configurations: [(name: String, configure: (inout ServerConfiguration) -> Void)] = [
            ("telegram secret only", { $0.telegramSecret = "t" }),
            ("twilio token only", { $0.twilioAuthToken = "w" }),
        ]
        for c in configurations {
            let app = makeTestApp(c.configure)
            XCTAssertEqual(send(app, "DELETE", "/v1/sessions/telegram:424242").status, 403, c.name)
            XCTAssertEqual(send(app, "DELETE", "/v1/sessions/telegram:424242").body, Self.disabled, c.name)
            XCTAssertEqual(send(app, "POST", "/v1/messages", Self.message).status, 403, c.name)
            XCTAssertEqual(send(app, "POST", "/webhooks/rest/webhook", Self.rasa).status, 403, c.name)
            XCTAssertEqual(send(app, "POST", "/v1/messages", Self.message, headers: [("Authorization", "Bearer anything")]).status, 403, c.name)
        }
    }

    func testAKeyOpensThemAgainAndNoSecretsAtAllLeavesThemOpen() {
        let keyed = makeTestApp { $0.telegramSecret = "t"; $0.apiKey = "k1" }
        XCTAssertEqual(send(keyed, "POST", "/v1/messages", Self.message).status, 401)
        XCTAssertEqual(send(keyed, "POST", "/v1/messages", Self.message, headers: [("Authorization", "Bearer k1")]).status, 200)
        XCTAssertEqual(send(keyed, "DELETE", "/v1/sessions/u", headers: [("Authorization", "Bearer k1")]).status, 204)
        let open = makeTestApp()
        XCTAssertEqual(send(open, "POST", "/v1/messages", Self.message).status, 200)
        XCTAssertEqual(send(open, "DELETE", "/v1/sessions/u").status, 204)
    }

    func testBearerSchemeIsCaseInsensitive() {
        let app = makeTestApp { $0.apiKey = "k1" }
        let cases: [(header: String, status: Int)] = [
            ("Bearer k1", 200), ("bearer k1", 200), ("BEARER k1", 200), ("bEaReR   k1", 200),
            ("Bearer K1", 401), ("Bearer k1x", 401), ("Basic k1", 401), ("Bearer", 401), ("Bearer ", 401), ("Bearerk1", 401),
        ]
        for c in cases {
            XCTAssertEqual(send(app, "POST", "/v1/messages", Self.message, headers: [("Authorization", c.header)]).status, c.status, c.header)
        }
    }

    func testStartUpSummary() {
        var configuration = ServerConfiguration()
        XCTAssertEqual(SecuritySummary.lines(configuration), [
            "/v1/messages, /webhooks/rest/webhook and DELETE /v1/sessions/{user} are open: no --api-key",
            "/telegram is open: no --telegram-secret",
            "/twilio is open: no --twilio-token",
        ])
        configuration.host = "0.0.0.0"
        XCTAssertEqual(SecuritySummary.lines(configuration).last,
                       "warning: listening on 0.0.0.0, not a loopback address, with no secret set: anyone who can reach it can talk as any user and erase any conversation")
        configuration.telegramSecret = "t"
        XCTAssertEqual(SecuritySummary.lines(configuration), [
            "/v1/messages, /webhooks/rest/webhook and DELETE /v1/sessions/{user} are disabled (403): channel secrets are set but no --api-key",
            "/telegram needs X-Telegram-Bot-Api-Secret-Token (--telegram-secret)",
            "/twilio is open: no --twilio-token",
        ])
        configuration.apiKey = "k"
        configuration.twilioAuthToken = "w"
        XCTAssertEqual(SecuritySummary.lines(configuration), [
            "/v1/messages, /webhooks/rest/webhook and DELETE /v1/sessions/{user} need Authorization: Bearer (--api-key)",
            "/telegram needs X-Telegram-Bot-Api-Secret-Token (--telegram-secret)",
            "/twilio needs a valid X-Twilio-Signature (--twilio-token)",
        ])
        for host in ["127.0.0.1", "::1", "[::1]", "localhost", "127.1.2.3"] {
            XCTAssertTrue(SecuritySummary.isLoopback(host), host)
        }
        for host in ["0.0.0.0", "::", "10.0.0.1", "192.168.1.2"] { XCTAssertFalse(SecuritySummary.isLoopback(host), host) }
    }
}
