import XCTest
@testable import CoachHTTP

final class HTTPRequestTests: XCTestCase {
    struct TargetCase {
        var target: String
        var path: String
        var query: String?
    }

    static let targets: [TargetCase] = [
        TargetCase(target: "/", path: "/", query: nil),
        TargetCase(target: "/a/b%20c", path: "/a/b%20c", query: nil),
        TargetCase(target: "/a?x=1&y=2", path: "/a", query: "x=1&y=2"),
        TargetCase(target: "/a?", path: "/a", query: ""),
        TargetCase(target: "/a?b?c", path: "/a", query: "b?c"),
        TargetCase(target: "http://host:80/p?q", path: "/p", query: "q"),
        TargetCase(target: "HTTP://host", path: "/", query: nil),
        TargetCase(target: "https://host?q", path: "/", query: "q"),
        TargetCase(target: "*", path: "*", query: nil),
    ]

    func testPathAndQuery() {
        for c in Self.targets {
            let request = HTTPRequest(method: "GET", target: c.target)
            XCTAssertEqual(request.path, c.path, c.target)
            XCTAssertEqual(request.query, c.query, c.target)
        }
    }

    struct KeepAliveCase {
        var name: String
        var version: HTTPVersion
        var connection: [String]
        var keepAlive: Bool
    }

    static let keepAliveCases: [KeepAliveCase] = [
        KeepAliveCase(name: "1.1 default", version: .http1_1, connection: [], keepAlive: true),
        KeepAliveCase(name: "1.1 close", version: .http1_1, connection: ["close"], keepAlive: false),
        KeepAliveCase(name: "1.1 Close in a list", version: .http1_1, connection: ["Upgrade, Close"], keepAlive: false),
        KeepAliveCase(name: "1.0 default", version: .http1_0, connection: [], keepAlive: false),
        KeepAliveCase(name: "1.0 keep-alive", version: .http1_0, connection: ["Keep-Alive"], keepAlive: true),
        KeepAliveCase(name: "1.0 keep-alive and close", version: .http1_0, connection: ["keep-alive", "close"], keepAlive: false),
    ]

    func testKeepAlive() {
        for c in Self.keepAliveCases {
            let headers = HTTPHeaders(c.connection.map { ("Connection", $0) })
            XCTAssertEqual(HTTPRequest(method: "GET", target: "/", version: c.version, headers: headers).wantsKeepAlive,
                           c.keepAlive, c.name)
        }
    }
}
