import Foundation
import XCTest

/// The web chat in a real headless Chromium, driven through chromedriver, against the built `coach serve`
/// with the built-in dialogues: what a person does, step by step. Skipped, saying why, where Chromium is
/// not installed. With `COACH_WEB_SCREENSHOTS=DIR` it also writes `web-phone.png` and `web-desktop.png` there.
final class WebChatBrowserTests: XCTestCase {
    static let phone = (width: 390, height: 844)
    static let desktop = (width: 1280, height: 860)

    func testAConversationInTheBrowser() throws {
        let driverProcess = try ChromeDriverProcess()
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("coach-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        let builtin = CoachProcess.repositoryRoot.appendingPathComponent("Dialogues").path
        let server = try ServerProcess(stateDirectory: state, arguments: ["--dialogues", builtin, "--region", "uk", "--api-key", "secret-key",
                                                                           "--web-exit-url", "about:blank"])
        defer { server.signal(SIGTERM); _ = server.waitForExit() }
        let page = "http://127.0.0.1:\(server.port)/"
        let browser = try WebDriver(port: driverProcess.port, chromium: driverProcess.chromium, width: Self.phone.width, height: Self.phone.height)
        defer { browser.quit() }
        try browser.emulate(width: Self.phone.width, height: Self.phone.height, scale: 2, mobile: true)
        // Reduced motion, so no smooth scroll moves a button while the test clicks it.
        try browser.emulateMedia(["prefers-reduced-motion": "reduce"])

        // Load the page and read the greeting.
        try browser.open(page)
        try browser.wait("the greeting") { try coachMessages(browser).count >= 2 && choices(browser).count == 4 }
        let greeting = try coachMessages(browser)
        XCTAssertTrue(greeting[0].contains("I'm AllyCoach"), greeting.description)
        XCTAssertEqual(try choices(browser).first, "It's happening right now")

        // Keyboard only: the quick exit comes first, then the conversation, the quick replies, the text box.
        try browser.press("\u{E004}")
        XCTAssertEqual(try focused(browser), "exit")
        var order: [String] = []
        for _ in 0..<8 {
            try browser.press("\u{E004}")
            order.append(try focused(browser))
        }
        XCTAssertEqual(order, ["log", "choice", "choice", "choice", "choice", "message", "send", "erase"])

        // Tap a quick reply.
        try browser.click(try browser.element("#choices button.choice"))
        try browser.wait("the safety question", describe: { try coachMessages(browser).description }) {
            try coachMessages(browser).contains { $0.contains("weapon") }
        }
        XCTAssertTrue(try texts(browser, "#log .msg.me").contains("You said: It's happening right now"))

        // Type a message that describes danger, send it with Enter, and find the emergency number as a link.
        let box = try browser.element("#message")
        try browser.type(box, "a man is punching someone and he has a knife\u{E007}")
        try browser.wait("a tel: link", describe: { try (coachMessages(browser) + texts(browser, "#status")).description }) {
            try telLinks(browser).contains("tel:999")
        }
        XCTAssertEqual(try browser.run("return document.getElementById('message').value") as? String, "")
        XCTAssertEqual(try browser.run("return document.activeElement.id") as? String, "message", "typing goes on where it was")
        if let directory = ProcessInfo.processInfo.environment["COACH_WEB_SCREENSHOTS"] {
            try saveScreenshots(browser, to: URL(fileURLWithPath: directory))
        }

        // Dark mode and reduced motion.
        let lightBackground = try browser.run("return getComputedStyle(document.body).backgroundColor") as? String
        try browser.emulateMedia(["prefers-color-scheme": "dark", "prefers-reduced-motion": "reduce"])
        XCTAssertEqual(try browser.run("return getComputedStyle(document.body).backgroundColor") as? String, "rgb(18, 20, 23)")
        XCTAssertNotEqual(lightBackground, "rgb(18, 20, 23)")
        XCTAssertEqual(try browser.run("return getComputedStyle(document.querySelector('.msg')).animationName") as? String, "none")
        try browser.emulateMedia(["prefers-color-scheme": "light", "prefers-reduced-motion": "no-preference"])
        XCTAssertEqual(try browser.run("return getComputedStyle(document.querySelector('.msg')).animationName") as? String, "arrive")
        try browser.emulateMedia(["prefers-reduced-motion": "reduce"])

        // Only the session token is kept in the browser.
        let storage = try browser.run("return [Object.keys(localStorage), sessionStorage.length, document.cookie]") as? [Any]
        XCTAssertEqual(storage?[0] as? [String], ["allycoach.session"])
        XCTAssertEqual(storage?[1] as? Int, 0)
        XCTAssertEqual(storage?[2] as? String, "")
        let token = try browser.run("return localStorage.getItem('allycoach.session')") as? String ?? ""
        XCTAssertTrue(token.hasPrefix("w1."))
        let html = try browser.run("return document.documentElement.outerHTML") as? String ?? "secret-key"
        XCTAssertFalse(html.contains("secret-key"), "the API key never reaches the page")

        // Reload: the coach welcomes the person back and carries on where they were.
        try browser.refresh()
        try browser.wait("the welcome back") { try coachMessages(browser).contains { $0.contains("Welcome back") } }
        XCTAssertTrue(try texts(browser, "#log .msg.note").first?.contains("earlier messages are not shown again") == true)
        XCTAssertEqual(try browser.run("return localStorage.getItem('allycoach.session')") as? String, token, "the same session")
        let offered = try choices(browser)
        let carryOn = try XCTUnwrap(offered.firstIndex(of: "Carry on"), offered.description)
        try browser.click(try browser.element("#choices button:nth-child(\(carryOn + 1))"))
        try browser.wait("the emergency guidance again") { try telLinks(browser).contains("tel:999") }
        XCTAssertTrue(try metrics(server).contains("coach_live_sessions 1\n"))

        // Erase the conversation: the server forgets it and the browser keeps nothing.
        try browser.click(try browser.element("#erase"))
        try browser.wait("the erasure") { try coachMessages(browser).contains { $0.contains("Everything kept about this conversation is erased") } }
        XCTAssertEqual(try coachMessages(browser).count, 1)
        XCTAssertEqual(try browser.run("return localStorage.length") as? Int, 0)
        XCTAssertTrue(try metrics(server).contains("coach_live_sessions 0\n"))
        XCTAssertEqual(try choices(browser), ["Start again"])
        try browser.click(try browser.element("#choices button.choice"))
        try browser.wait("a new greeting") { try coachMessages(browser).contains { $0.contains("I'm AllyCoach") } }
        let newToken = try browser.run("return localStorage.getItem('allycoach.session')") as? String ?? ""
        XCTAssertTrue(newToken.hasPrefix("w1.") && newToken != token, "a new session, unlinked to the erased one")

        // Quick exit: off to the neutral page, and Back does not return to the chat.
        try browser.click(try browser.element("#exit"))
        try browser.wait("the neutral page") { try browser.currentURL() == "about:blank" }
        try browser.back()
        Thread.sleep(forTimeInterval: 0.5)
        let afterBack = try browser.currentURL()
        XCTAssertFalse(afterBack.hasPrefix(page), afterBack)

        _ = try browser.run("console.error('console-probe')")
        let console = browser.consoleMessages()
        XCTAssertTrue(console.contains { $0.contains("console-probe") }, "the browser's console can be read: \(console)")
        let problems = console.filter { $0.contains("Content Security Policy") || $0.contains("Refused") || $0.contains("Uncaught") }
        XCTAssertEqual(problems, [], "the page runs within its Content-Security-Policy")
    }

    func testWebOffServesNoPage() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("coach-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        let server = try ServerProcess(stateDirectory: state, arguments: ["--web", "off"])
        defer { server.signal(SIGTERM); _ = server.waitForExit() }
        XCTAssertEqual(server.request("GET", "/")?.status, 404)
        XCTAssertEqual(server.request("GET", "/web/v1/app.js")?.status, 404)
        XCTAssertEqual(server.request("POST", "/web/session", body: "{}")?.status, 404)
        XCTAssertFalse(server.stderr.contains("web chat at"))
        let byEnvironment = try ServerProcess(stateDirectory: state.appendingPathComponent("env"), environment: ["COACH_WEB": "off"])
        defer { byEnvironment.signal(SIGTERM); _ = byEnvironment.waitForExit() }
        XCTAssertEqual(byEnvironment.request("GET", "/")?.status, 404, "COACH_WEB=off")
        let bad = try CoachProcess.run(["serve", "--web", "maybe"], input: "")
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--web takes on or off, not 'maybe'"), bad.stderr)
        let badExit = try CoachProcess.run(["serve", "--web-exit-url", "javascript:alert(1)"], input: "")
        XCTAssertEqual(badExit.status, 64)
    }

    // MARK: - Reading the page

    private func coachMessages(_ browser: WebDriver) throws -> [String] { try texts(browser, "#log .msg.coach") }

    private func choices(_ browser: WebDriver) throws -> [String] { try texts(browser, "#choices button") }

    private func texts(_ browser: WebDriver, _ css: String) throws -> [String] {
        try browser.run("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent)", [css]) as? [String] ?? []
    }

    private func telLinks(_ browser: WebDriver) throws -> [String] {
        try browser.run("return Array.from(document.querySelectorAll('#log a[href^=\"tel:\"]')).map(a => a.getAttribute('href'))") as? [String] ?? []
    }

    /// The focused element's id, or its class when it has none.
    private func focused(_ browser: WebDriver) throws -> String {
        try browser.run("const e = document.activeElement; return e.id || e.className") as? String ?? ""
    }

    private func metrics(_ server: ServerProcess) throws -> String {
        try XCTUnwrap(server.request("GET", "/metrics")?.body)
    }

    private func saveScreenshots(_ browser: WebDriver, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        Thread.sleep(forTimeInterval: 0.6)
        try browser.screenshot().write(to: directory.appendingPathComponent("web-phone.png"))
        try browser.emulate(width: Self.desktop.width, height: Self.desktop.height, scale: 1, mobile: false)
        Thread.sleep(forTimeInterval: 0.6)
        try browser.screenshot().write(to: directory.appendingPathComponent("web-desktop.png"))
        try browser.emulate(width: Self.phone.width, height: Self.phone.height, scale: 2, mobile: true)
        // Reduced motion, so no smooth scroll moves a button while the test clicks it.
        try browser.emulateMedia(["prefers-reduced-motion": "reduce"])
    }
}
