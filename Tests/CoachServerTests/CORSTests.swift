import CoachHTTP
@testable import CoachServer
import XCTest

/// Web chat widgets on another site can call the Rasa endpoint when their origin is allowed (issue 11, defect 8).
final class CORSTests: XCTestCase {
    static let rasa = "/webhooks/rest/webhook"
    static let preflightHeaders = [("Origin", "https://chat.example.org"), ("Access-Control-Request-Method", "POST"),
                                   ("Access-Control-Request-Headers", "content-type")]

    func testPreflightAndPostFromAnAllowedOrigin() {
        let app = makeTestApp { $0.cors = CORSPolicy(origins: ["https://chat.example.org", "https://other.example.org"]) }
        let preflight = send(app, "OPTIONS", Self.rasa, headers: Self.preflightHeaders).response
        XCTAssertEqual(preflight.status, 204)
        XCTAssertEqual(Array(preflight.headers).map { "\($0.name): \($0.value)" }, [
            "Allow: POST, OPTIONS",
            "Access-Control-Allow-Origin: https://chat.example.org",
            "Access-Control-Allow-Methods: POST, OPTIONS",
            "Access-Control-Allow-Headers: Authorization, Content-Type",
            "Access-Control-Max-Age: 600",
            "Vary: Origin",
        ])
        let post = send(app, "POST", Self.rasa, #"{"sender":"w1","message":"hello"}"#, headers: [("Origin", "https://chat.example.org")])
        XCTAssertEqual(post.status, 200)
        XCTAssertEqual(post.response.headers["Access-Control-Allow-Origin"], "https://chat.example.org")
        XCTAssertEqual(post.response.headers["Vary"], "Origin")
    }

    func testOtherOriginsAndNoConfiguration() {
        let app = makeTestApp { $0.cors = CORSPolicy(origins: ["https://chat.example.org"]) }
        let refused = send(app, "OPTIONS", Self.rasa, headers: [("Origin", "https://evil.example.net")])
        XCTAssertEqual(refused.status, 403)
        XCTAssertEqual(refused.body, #"{"error":{"message":"origin not allowed; list it in coach serve --cors-origins"}}"#)
        let post = send(app, "POST", Self.rasa, #"{"sender":"w1","message":"hello"}"#, headers: [("Origin", "https://evil.example.net")])
        XCTAssertNil(post.response.headers["Access-Control-Allow-Origin"])
        let unconfigured = makeTestApp()
        XCTAssertEqual(send(unconfigured, "OPTIONS", Self.rasa, headers: Self.preflightHeaders).status, 403)
        let plain = send(unconfigured, "OPTIONS", Self.rasa).response
        XCTAssertEqual(plain.status, 204)
        XCTAssertEqual(plain.headers["Allow"], "POST, OPTIONS")
        let any = makeTestApp { $0.cors = CORSPolicy(origins: ["*"]) }
        XCTAssertEqual(send(any, "OPTIONS", Self.rasa, headers: Self.preflightHeaders).response.headers["Access-Control-Allow-Origin"],
                       "https://chat.example.org")
        XCTAssertEqual(send(any, "OPTIONS", "/v1/messages", headers: Self.preflightHeaders).status, 405, "only the Rasa endpoint")
    }

    func testOriginValidation() {
        XCTAssertNil(CORSPolicy.problem(with: "https://chat.example.org:8443"))
        XCTAssertNil(CORSPolicy.problem(with: "*"))
        for bad in ["chat.example.org", "https://chat.example.org/", "ftp://x", "https://"] {
            XCTAssertEqual(CORSPolicy.problem(with: bad), "'\(bad)' is not an origin: write scheme://host[:port], like https://chat.example.org", bad)
        }
    }
}
