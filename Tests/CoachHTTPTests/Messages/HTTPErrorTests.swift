import XCTest
@testable import CoachHTTP

/// Thrown errors become responses in one place: `HTTPResponse(error:)`.
final class HTTPErrorTests: XCTestCase {
    private struct Unexpected: Error {}

    struct Case {
        var name: String
        var error: any Error
        var status: Int
        var body: String
        var headers: [(String, String)]
    }

    static let cases: [Case] = [
        Case(name: "an HTTPError", error: HTTPError(401, "missing or wrong API key"), status: 401,
             body: #"{"error":{"message":"missing or wrong API key"}}"#, headers: [("Content-Type", "application/json")]),
        Case(name: "with fields", error: HTTPError(405, "GET is not allowed on /x; use POST", headers: ["Allow": "POST"]), status: 405,
             body: #"{"error":{"message":"GET is not allowed on /x; use POST"}}"#, headers: [("Content-Type", "application/json"), ("Allow", "POST")]),
        Case(name: "anything else", error: Unexpected(), status: 500,
             body: #"{"error":{"message":"internal error"}}"#, headers: [("Content-Type", "application/json")]),
    ]

    func testErrorsBecomeJSONErrorResponses() {
        for c in Self.cases {
            let response = HTTPResponse(error: c.error)
            XCTAssertEqual(response.status, c.status, c.name)
            XCTAssertEqual(String(decoding: response.body, as: UTF8.self), c.body, c.name)
            XCTAssertEqual(response.headers.map { "\($0.name): \($0.value)" }, c.headers.map { "\($0.0): \($0.1)" }, c.name)
        }
    }

    func testAResponderThatThrowsIsAnsweredWithItsError() {
        let responder = ClosureResponder { request in
            guard request.path == "/ok" else { throw HTTPError(404, "no such endpoint") }
            return .text(200, "fine")
        }
        XCTAssertEqual(responder.response(to: HTTPRequest(method: "GET", target: "/ok")).status, 200)
        let refused = responder.response(to: HTTPRequest(method: "GET", target: "/nope"))
        XCTAssertEqual(refused.status, 404)
        XCTAssertEqual(String(decoding: refused.body, as: UTF8.self), #"{"error":{"message":"no such endpoint"}}"#)
    }

    func testTheServerSendsTheErrorAndLogsTheRouteTheResponseNames() throws {
        let live = try LiveServer(responder: ClosureResponder { request in
            guard request.path == "/named" else { throw HTTPError(429, "slow down", headers: ["Retry-After": "3"]) }
            var response = HTTPResponse.text(200, "named")
            response.route = "/named"
            return response
        })
        defer { live.stop() }
        let client = try live.client()
        client.send(wireRequest("GET", "/named") + wireRequest("GET", "/other"))
        XCTAssertEqual(client.readResponse()?.body, "named")
        let refused = client.readResponse()
        XCTAssertEqual(refused?.status, 429)
        XCTAssertEqual(refused?.headers["retry-after"], "3")
        XCTAssertEqual(refused?.body, #"{"error":{"message":"slow down"}}"#)
        live.stop()
        XCTAssertEqual(live.logs.all.map(\.route), ["/named", nil])
    }
}
