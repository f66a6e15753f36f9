import CoachCore
import CoachHTTP
@testable import CoachServer
import XCTest

/// The web chat's page and assets: what is served, with which headers, and nothing when `--web off`.
final class WebRouteTests: XCTestCase {
    static let repositoryRoot = WebTestApp.repositoryRoot

    func makeApp(_ configure: (inout ServerConfiguration) -> Void = { _ in }) -> CoachApplication { WebTestApp.make(configure) }

    func get(_ app: CoachApplication, _ path: String, method: String = "GET") -> HTTPResponse {
        app.respond(to: HTTPRequest(method: method, target: path))
    }

    func testPageAndAssets() {
        let app = makeApp()
        let cases: [(path: String, contentType: String, cache: String, contains: String)] = [
            ("/", "text/html; charset=utf-8", "no-store", "<script src=\"/web/v1/app.js\" defer></script>"),
            ("/web/v1/app.js", "text/javascript; charset=utf-8", "no-cache", "\"/v1/messages\""),
            ("/web/v1/app.css", "text/css; charset=utf-8", "no-cache", "prefers-reduced-motion"),
            ("/web/v1/icon.svg", "image/svg+xml", "no-cache", "<svg"),
        ]
        for c in cases {
            let response = get(app, c.path)
            XCTAssertEqual(response.status, 200, c.path)
            XCTAssertEqual(response.headers["Content-Type"], c.contentType, c.path)
            XCTAssertEqual(response.headers["Cache-Control"], c.cache, c.path)
            XCTAssertEqual(response.headers["Content-Security-Policy"], WebSecurityHeaders.contentSecurityPolicy, c.path)
            XCTAssertEqual(response.headers["Referrer-Policy"], "no-referrer", c.path)
            XCTAssertEqual(response.headers["X-Content-Type-Options"], "nosniff", c.path)
            XCTAssertEqual(response.headers["X-Frame-Options"], "DENY", c.path)
            XCTAssertTrue(String(decoding: response.body, as: UTF8.self).contains(c.contains), c.path)
            XCTAssertEqual(get(app, c.path, method: "HEAD").status, 200, c.path)
        }
        XCTAssertEqual(get(app, "/web/v1/nope.js").status, 404)
        XCTAssertEqual(get(app, "/web/v2/app.js").status, 404)
        let post = get(app, "/", method: "POST")
        XCTAssertEqual(post.status, 405)
        XCTAssertEqual(post.headers["Allow"], "GET, HEAD")
        XCTAssertEqual(get(app, "/web/session").status, 405)
    }

    func testTheContentSecurityPolicyIsStrict() {
        let policy = WebSecurityHeaders.contentSecurityPolicy
        for directive in ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'",
                          "base-uri 'none'", "form-action 'none'"] {
            XCTAssertTrue(policy.contains(directive), directive)
        }
        for loose in ["unsafe-inline", "unsafe-eval", "data:", "*", "http"] { XCTAssertFalse(policy.contains(loose), loose) }
    }

    func testThePageHasNoInlineScriptStyleOrOutsideRequest() {
        let page = String(decoding: get(makeApp(), "/").body, as: UTF8.self)
        let all = page + WebAssets.appJS + WebAssets.appCSS
        XCTAssertNil(page.range(of: #"<script(?![^>]*\bsrc=)"#, options: .regularExpression), "no inline script")
        XCTAssertNil(page.range(of: #"\son[a-z]+="#, options: .regularExpression), "no inline event handlers")
        XCTAssertNil(page.range(of: #"<style|style="#, options: .regularExpression), "no inline style")
        XCTAssertFalse(all.contains("//cdn") || all.contains("googleapis") || all.contains("analytics"), "nothing from elsewhere")
        let sources = page.matches(#"(?:src|href)="([^"]*)""#)
        XCTAssertEqual(sources, ["/web/v1/icon.svg", "/web/v1/app.css", "/web/v1/app.js"])
        XCTAssertTrue(page.contains("role=\"log\" aria-live=\"polite\""), "new messages are announced")
        XCTAssertTrue(page.contains("<label for=\"message\""), "the text box has a label")
        XCTAssertTrue(page.contains(">Erase this conversation</button>"))
        XCTAssertTrue(page.contains(">Quick exit</button>"))
    }

    func testTheExitURLIsFilledInAndChecked() {
        XCTAssertTrue(String(decoding: get(makeApp(), "/").body, as: UTF8.self).contains("data-exit-url=\"https://www.google.com/\""))
        let custom = makeApp { $0.web.exitURL = "https://example.org/weather?a=1&b=2" }
        XCTAssertTrue(String(decoding: get(custom, "/").body, as: UTF8.self).contains("data-exit-url=\"https://example.org/weather?a=1&amp;b=2\""))
        let bad = makeApp { $0.web.exitURL = "javascript:alert(1)" }
        XCTAssertTrue(String(decoding: get(bad, "/").body, as: UTF8.self).contains("data-exit-url=\"about:blank\""))
        for (url, valid) in [("https://a.example/", true), ("about:blank", true), ("http://x", true), ("javascript:x", false),
                             ("https://a.example/\"><script>", false), ("https://a b", false), ("ftp://x", false)] {
            XCTAssertEqual(WebConfiguration.isValidExitURL(url), valid, url)
        }
    }

    func testWebOffAnswersNothing() {
        let app = makeApp { $0.web.enabled = false }
        for path in ["/", "/web/v1/app.js", "/web/v1/app.css", "/web/v1/icon.svg"] { XCTAssertEqual(get(app, path).status, 404, path) }
        XCTAssertEqual(app.respond(to: HTTPRequest(method: "POST", target: "/web/session")).status, 404)
    }

    /// `Web/embed.sh` must have been run after the last edit of a file in `Web/`.
    func testEmbeddedAssetsMatchTheWebFolder() throws {
        let web = Self.repositoryRoot.appendingPathComponent("Web")
        for (file, embedded) in [("index.html", WebAssets.indexHTML), ("app.js", WebAssets.appJS), ("app.css", WebAssets.appCSS),
                                 ("icon.svg", WebAssets.iconSVG)] {
            let text = try String(contentsOf: web.appendingPathComponent(file), encoding: .utf8)
            XCTAssertEqual(embedded + "\n", text, "Web/\(file) changed: run Web/embed.sh")
        }
    }

    func testMetricsNameTheWebRoutes() {
        let app = makeApp()
        app.observe(HTTPRequestLog(method: "GET", path: "/web/v1/app.js", status: 200, durationSeconds: 0.001, bodyBytes: 10, remoteAddress: "127.0.0.1"))
        let metrics = String(decoding: get(app, "/metrics").body, as: UTF8.self)
        XCTAssertTrue(metrics.contains("coach_http_requests_total{route=\"/web/v1/app.js\",status=\"200\"} 1\n"), metrics)
    }
}

extension String {
    /// The first capture group of every match of `pattern`.
    func matches(_ pattern: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: self, range: NSRange(startIndex..., in: self)).compactMap { Range($0.range(at: 1), in: self).map { String(self[$0]) } }
    }
}
