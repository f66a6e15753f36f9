import CoachCore
import CoachHTTP
@testable import CoachServer
import Synchronization
import XCTest

/// Web session tokens: issued by `POST /web/session`, accepted on `POST /v1/messages` only, rate-limited.
final class WebSessionTests: XCTestCase {
    let routes = WebTestApp.self

    func newToken(_ app: CoachApplication, from address: String = "10.0.0.1:5000") -> String? {
        let response = app.respond(to: HTTPRequest(method: "POST", target: "/web/session", remoteAddress: address))
        guard response.status == 200, let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] else { return nil }
        XCTAssertEqual(response.headers["Cache-Control"], "no-store")
        return object["token"] as? String
    }

    func send(_ app: CoachApplication, _ path: String = "/v1/messages", bearer: String?, _ body: String) -> (Int, String) {
        var headers = HTTPHeaders()
        if let bearer { headers.add("Authorization", "Bearer " + bearer) }
        let response = app.respond(to: HTTPRequest(method: "POST", target: path, headers: headers, body: Array(body.utf8)))
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    func testATokenIsAWebUserOfItsOwn() throws {
        let app = routes.make()
        let token = try XCTUnwrap(newToken(app))
        XCTAssertTrue(token.hasPrefix("w1."))
        let user = try XCTUnwrap(app.webChat.tokens.user(for: token))
        let (status, body) = send(app, bearer: token, #"{"text":"he has a knife","user":"someone-else"}"#)
        XCTAssertEqual(status, 200)
        XCTAssertTrue(body.hasPrefix(#"{"user":"\#(user)","replies":[{"text":"Call the emergency number"#), body)
        XCTAssertNotNil(app.service.repository.load("web:" + user), "kept under web:, whatever the body says")
        XCTAssertNil(app.service.repository.load("api:someone-else"))
        XCTAssertNotEqual(try XCTUnwrap(newToken(app)), token, "every browser gets its own")
        XCTAssertTrue(send(app, bearer: token, "/forget").1.contains("the body is not valid JSON"))
        XCTAssertTrue(send(app, bearer: token, #"{"text":"/forget"}"#).1.contains("Everything kept about this conversation is erased."))
        XCTAssertNil(app.service.repository.load("web:" + user))
    }

    func testForgedAndTamperedTokensAreRefused() throws {
        let app = routes.make()
        let token = try XCTUnwrap(newToken(app))
        let other = WebSessionToken(key: Array(repeating: 7, count: 32)).issue().token
        var flipped = Array(token)
        flipped[5] = flipped[5] == "A" ? "B" : "A"
        for bad in [other, String(flipped), token + "x", "w1.", "w1.a.b", String(token.dropLast())] {
            let (status, body) = send(app, bearer: bad, #"{"text":"hi"}"#)
            XCTAssertEqual(status, 401, bad)
            XCTAssertEqual(body, #"{"error":{"message":"the web chat session is not valid; reload the page to start a new one"}}"#)
        }
    }

    func testWithAnAPIKeyTheTokenReachesOnlyTheWebChat() throws {
        let app = routes.make { $0.apiKey = "k1" }
        let token = try XCTUnwrap(newToken(app), "the page gets a session without the key")
        XCTAssertEqual(send(app, bearer: token, #"{"text":"hi"}"#).0, 200)
        XCTAssertEqual(send(app, bearer: "k1", #"{"user":"u","text":"hi"}"#).0, 200, "the API key still works")
        XCTAssertEqual(send(app, bearer: nil, #"{"user":"u","text":"hi"}"#).0, 401)
        XCTAssertEqual(send(app, "/webhooks/rest/webhook", bearer: token, #"{"sender":"u","message":"hi"}"#).0, 401)
        var delete = HTTPRequest(method: "DELETE", target: "/v1/sessions/u")
        delete.headers.add("Authorization", "Bearer " + token)
        XCTAssertEqual(app.respond(to: delete).status, 401)
        let sameKey = routes.make { $0.apiKey = "k1" }
        XCTAssertEqual(send(sameKey, bearer: token, #"{"text":"hi"}"#).0, 200, "instances sharing the API key accept each other's tokens")
        let otherKey = routes.make { $0.apiKey = "k2" }
        XCTAssertEqual(send(otherKey, bearer: token, #"{"text":"hi"}"#).0, 401)
        let keyLikeAToken = routes.make { $0.apiKey = "w1.not-a-token" }
        XCTAssertEqual(send(keyLikeAToken, bearer: "w1.not-a-token", #"{"user":"u","text":"hi"}"#).0, 200, "an API key that looks like a token is the key")
    }

    func testWebOffRefusesTokens() throws {
        let token = try XCTUnwrap(newToken(routes.make { $0.apiKey = "k1"; $0.web.sessionKey = [1, 2, 3] }))
        let off = routes.make { $0.apiKey = "k1"; $0.web.sessionKey = [1, 2, 3]; $0.web.enabled = false }
        XCTAssertEqual(send(off, bearer: token, #"{"text":"hi"}"#).0, 401)
    }

    func testNewSessionsAreRateLimitedPerAddress() {
        let clock = Mutex(100.0)
        var configuration = WebConfiguration()
        configuration.sessionBurst = 2
        configuration.sessionsPerSecond = 0.1
        let web = WebChat(configuration: configuration, tokens: WebSessionToken(key: [1]), now: { clock.withLock { $0 } })
        func status(_ address: String) -> HTTPResponse {
            web.endpoint(.session).response(to: HTTPRequest(method: "POST", target: "/web/session", remoteAddress: address))
        }
        XCTAssertEqual(status("10.0.0.1:1").status, 200)
        XCTAssertEqual(status("10.0.0.1:2").status, 200, "connections from one address share a bucket")
        let refused = status("10.0.0.1:3")
        XCTAssertEqual(refused.status, 429)
        XCTAssertEqual(refused.headers["Retry-After"], "10")
        XCTAssertEqual(status("10.0.0.2:1").status, 200, "another address has its own")
        clock.withLock { $0 += 10 }
        XCTAssertEqual(status("10.0.0.1:4").status, 200)
        XCTAssertEqual(status("10.0.0.1:5").status, 429)
    }

    func testRateLimiterClientsAndMemory() {
        XCTAssertEqual(RateLimiter.client("127.0.0.1:5000"), "127.0.0.1")
        XCTAssertEqual(RateLimiter.client("[::1]:5000"), "[::1]")
        XCTAssertEqual(RateLimiter.client(""), "")
        let limiter = RateLimiter(burst: 1, perSecond: 1, maxClients: 3, now: { 0 })
        for i in 0..<10 { XCTAssertNil(limiter.take("c\(i)"), "a full table is cleared, never refuses a new client") }
    }
}
