import Foundation

/// A small client for chromedriver's W3C WebDriver HTTP API: one browser session, synchronous calls.
final class WebDriver {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let port: UInt16
    private(set) var session = ""
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// Starts a headless Chromium session through the chromedriver listening on `port`.
    init(port: UInt16, chromium: String, width: Int, height: Int) throws {
        self.port = port
        let arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                         "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--disable-default-apps", "--hide-scrollbars", "--window-size=\(width),\(height)"]
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": ["binary": chromium, "args": arguments],
            "goog:loggingPrefs": ["browser": "ALL"],
        ]]]
        let value = try call("POST", "/session", capabilities)
        guard let id = (value as? [String: Any])?["sessionId"] as? String else { throw Failure(description: "no session in \(String(describing: value))") }
        session = id
    }

    func open(_ url: String) throws { _ = try call("POST", "/session/\(session)/url", ["url": url]) }
    func refresh() throws { _ = try call("POST", "/session/\(session)/refresh", [:]) }
    func back() throws { _ = try call("POST", "/session/\(session)/back", [:]) }
    func currentURL() throws -> String { try call("GET", "/session/\(session)/url") as? String ?? "" }
    func resize(width: Int, height: Int) throws { _ = try call("POST", "/session/\(session)/window/rect", ["width": width, "height": height]) }

    /// Emulates a device's screen (Chrome DevTools' `Emulation.setDeviceMetricsOverride`, through chromedriver).
    func emulate(width: Int, height: Int, scale: Double, mobile: Bool) throws {
        _ = try call("POST", "/session/\(session)/goog/cdp/execute", ["cmd": "Emulation.setDeviceMetricsOverride",
            "params": ["width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile]])
    }

    /// Emulates CSS media features such as `prefers-color-scheme: dark` (`Emulation.setEmulatedMedia`).
    func emulateMedia(_ features: [String: String]) throws {
        _ = try call("POST", "/session/\(session)/goog/cdp/execute", ["cmd": "Emulation.setEmulatedMedia",
            "params": ["features": features.map { ["name": $0.key, "value": $0.value] }]])
    }

    /// The first element matching a CSS selector.
    func element(_ css: String) throws -> String {
        let value = try call("POST", "/session/\(session)/element", ["using": "css selector", "value": css])
        guard let id = (value as? [String: Any])?[Self.elementKey] as? String else { throw Failure(description: "no element \(css)") }
        return id
    }

    func click(_ element: String) throws { _ = try call("POST", "/session/\(session)/element/\(element)/click", [:]) }

    /// Types `text` into an element as key presses (`\u{E007}` is Enter).
    func type(_ element: String, _ text: String) throws { _ = try call("POST", "/session/\(session)/element/\(element)/value", ["text": text]) }

    /// Presses and releases one key (`\u{E004}` is Tab, `\u{E007}` Enter, `\u{E00C}` Escape) on the focused element.
    func press(_ key: String) throws {
        let actions: [String: Any] = ["actions": [["type": "key", "id": "keyboard", "actions": [
            ["type": "keyDown", "value": key], ["type": "keyUp", "value": key],
        ]]]]
        _ = try call("POST", "/session/\(session)/actions", actions)
    }

    /// Runs a script in the page (`return …` gives its value).
    func run(_ script: String, _ arguments: [Any] = []) throws -> Any? {
        let value = try call("POST", "/session/\(session)/execute/sync", ["script": script, "args": arguments])
        return value is NSNull ? nil : value
    }

    /// The page as a PNG.
    func screenshot() throws -> Data {
        guard let text = try call("GET", "/session/\(session)/screenshot") as? String, let data = Data(base64Encoded: text) else {
            throw Failure(description: "no screenshot")
        }
        return data
    }

    /// The browser console's messages so far (chromedriver's log extension); empty where it has none.
    func consoleMessages() -> [String] {
        guard let entries = try? call("POST", "/session/\(session)/se/log", ["type": "browser"]) as? [[String: Any]] else { return [] }
        return entries.compactMap { $0["message"] as? String }
    }

    /// Waits until `condition` holds, checking every 100 ms.
    func wait(_ what: String, timeout: TimeInterval = 20, describe: () throws -> String = { "" }, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if (try? condition()) == true { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        if try condition() { return }
        throw Failure(description: "timed out waiting for \(what) \((try? describe()) ?? "")")
    }

    func quit() { _ = try? call("DELETE", "/session/\(session)") }

    /// One WebDriver command: the response's `value`, or a failure with WebDriver's error message.
    @discardableResult
    func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> Any? {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let (status, answer) = try LoopbackHTTP.exchange(port: port, method: method, path: path, body: data)
        let object = try? JSONSerialization.jsonObject(with: answer) as? [String: Any]
        let value = object?["value"]
        guard status == 200 else {
            let message = (value as? [String: Any])?["message"] as? String ?? String(decoding: answer, as: UTF8.self)
            throw Failure(description: "\(method) \(path): \(status) \(message.prefix(500))")
        }
        return value
    }
}
