import Foundation
import PostgresTestCluster
import XCTest

/// Debian's `chromedriver` on a free 127.0.0.1 port, for the browser tests; stopped when released.
final class ChromeDriverProcess {
    let process = Process()
    let port: UInt16
    let chromium: String

    /// The executables, found on the PATH or in Debian's places; nil when either is missing.
    static func executables() -> (chromium: String, driver: String)? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/lib/chromium"]
        func find(_ names: [String]) -> String? {
            for directory in path { for name in names where FileManager.default.isExecutableFile(atPath: directory + "/" + name) { return directory + "/" + name } }
            return nil
        }
        guard let chromium = find(["chromium", "chromium-browser"]), let driver = find(["chromedriver"]) else { return nil }
        return (chromium, driver)
    }

    /// Starts chromedriver, or skips the test with the reason when the browser is not installed.
    init() throws {
        guard let found = Self.executables() else {
            throw XCTSkip("the browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver); .ci/run installs them")
        }
        chromium = found.chromium
        guard let free = LoopbackPort.free() else { throw WebDriver.Failure(description: "no free 127.0.0.1 port") }
        port = free
        process.executableURL = URL(fileURLWithPath: found.driver)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1", "--log-level=SEVERE"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if ready() { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        process.terminate()
        throw WebDriver.Failure(description: "chromedriver did not start")
    }

    private func ready() -> Bool {
        guard let (status, body) = try? LoopbackHTTP.exchange(port: port, method: "GET", path: "/status", timeout: 3), status == 200,
              let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return false }
        return ((object["value"] as? [String: Any])?["ready"] as? Bool) == true
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
