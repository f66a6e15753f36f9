import CoachCore
import CoachHTTP
@testable import CoachServer
import XCTest

/// Each response names the endpoint that gave it (never an id), errors included, so the access log and the
/// metrics need no second look at the path.
final class RouteNamingTests: XCTestCase {
    func testEveryResponseNamesItsRoute() {
        let app = makeTestApp { $0.apiKey = "k" }
        let cases: [(method: String, target: String, status: Int, route: String)] = [
            ("GET", "/healthz", 200, "/healthz"),
            ("POST", "/healthz", 405, "/healthz"),
            ("POST", "/v1/messages", 401, "/v1/messages"),
            ("DELETE", "/v1/sessions/telegram:42", 401, "/v1/sessions/{user}"),
            ("POST", "/telegram", 400, "/telegram"),
            ("GET", "/", 200, "/"),
            ("GET", "/web/v1/app.js", 200, "/web/v1/app.js"),
            ("GET", "/nope", 404, "unknown"),
        ]
        for c in cases {
            let response = app.respond(to: HTTPRequest(method: c.method, target: c.target))
            XCTAssertEqual(response.status, c.status, c.target)
            XCTAssertEqual(response.route, c.route, c.target)
        }
    }

    func testMetricsCountByTheLoggedRoute() {
        let app = makeTestApp()
        app.observe(HTTPRequestLog(method: "DELETE", path: "/v1/sessions/api:u", status: 204, durationSeconds: 0, bodyBytes: 0,
                                   remoteAddress: "127.0.0.1", route: "/v1/sessions/{user}"))
        app.observe(HTTPRequestLog(method: "POST", path: "/v1/messages", status: 413, durationSeconds: 0, bodyBytes: 0, remoteAddress: "127.0.0.1"))
        let metrics = send(app, "GET", "/metrics").body
        XCTAssertTrue(metrics.contains("coach_http_requests_total{route=\"/v1/sessions/{user}\",status=\"204\"} 1\n"), metrics)
        XCTAssertTrue(metrics.contains("coach_http_requests_total{route=\"/v1/messages\",status=\"413\"} 1\n"), "refused by the HTTP layer: \(metrics)")
    }

    func testAnErrorFromAChannelKeepsItsEndpointsFields() {
        let app = makeTestApp { $0.cors = CORSPolicy(origins: ["https://chat.example.org"]); $0.apiKey = "k" }
        let refused = app.respond(to: HTTPRequest(method: "POST", target: "/webhooks/rest/webhook",
                                                  headers: ["Origin": "https://chat.example.org"], body: Array("{}".utf8)))
        XCTAssertEqual(refused.status, 401)
        XCTAssertEqual(refused.headers["Access-Control-Allow-Origin"], "https://chat.example.org", "CORS fields on the error too")
        let web = app.respond(to: HTTPRequest(method: "DELETE", target: "/"))
        XCTAssertEqual(web.status, 405)
        XCTAssertEqual(web.headers["Allow"], "GET, HEAD")
        XCTAssertEqual(web.headers["X-Frame-Options"], "DENY", "the web security headers on the error too")
    }
}
