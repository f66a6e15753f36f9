import Foundation
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
        port = try Self.freePort()
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

    /// A port nobody listens on now, from the kernel.
    static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw WebDriver.Failure(description: "socket failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw WebDriver.Failure(description: "bind failed") }
        return UInt16(bigEndian: address.sin_port)
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
