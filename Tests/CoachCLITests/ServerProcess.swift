import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// A `coach serve` process on an ephemeral 127.0.0.1 port, talked to with URLSession.
final class ServerProcess: Sendable {
    let process = Process()
    let port: UInt16
    private let errorPipe = Pipe()
    private let log = LogBuffer()

    init(stateDirectory: URL, arguments: [String] = [], environment: [String: String] = [:],
         dialogues: String = CoachProcess.exampleDialogues) throws {
        process.executableURL = CoachProcess.executable
        process.arguments = ["serve", "--port", "0", "--state-dir", stateDirectory.path, "--dialogues", dialogues] + arguments
        var env = ProcessInfo.processInfo.environment
        env["COACH_CACHE_DIR"] = CoachProcess.cacheFolder
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let log = self.log
        errorPipe.fileHandleForReading.readabilityHandler = { handle in log.append(handle.availableData) }
        try process.run()
        // A cache miss compiles the dialogues first, slowly in a debug build on a busy machine.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let range = log.text.range(of: #"listening on http://127\.0\.0\.1:(\d+)"#, options: .regularExpression),
               let listening = UInt16(log.text[range].split(separator: ":").last ?? "") {
                port = listening
                return
            }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.terminate()
        port = 0
        throw NSError(domain: "ServerProcess", code: 1, userInfo: [NSLocalizedDescriptionKey: "server did not start: \(log.text)"])
    }

    var stderr: String { log.text }

    /// Sends a request and waits for the response (status, body).
    func request(_ method: String, _ path: String, body: String? = nil, headers: [String: String] = [:]) -> (status: Int, body: String)? {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!, timeoutInterval: 10)
        request.httpMethod = method
        request.httpBody = body.map { Data($0.utf8) }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox()
        URLSession.shared.dataTask(with: request) { data, response, _ in
            if let http = response as? HTTPURLResponse {
                result.value = (http.statusCode, String(decoding: data ?? Data(), as: UTF8.self))
            }
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 15)
        return result.value
    }

    func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

    func waitForExit(timeout: TimeInterval = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { process.terminate(); return nil }
        // The pipe's last bytes may still be on their way to the readability handler: wait until it is quiet.
        var seen = -1
        let quietDeadline = Date().addingTimeInterval(3)
        while log.count != seen, Date() < quietDeadline {
            seen = log.count
            Thread.sleep(forTimeInterval: 0.1)
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        errorPipe.fileHandleForReading.readabilityHandler = nil
    }

    // @unchecked: every access to `data` holds `lock`.
    private final class LogBuffer: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ chunk: Data) { lock.withLock { data += chunk } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
        var count: Int { lock.withLock { data.count } }
    }

    // @unchecked: written by the URLSession callback before it signals, read only after the wait.
    private final class ResultBox: @unchecked Sendable { var value: (Int, String)? }
}
