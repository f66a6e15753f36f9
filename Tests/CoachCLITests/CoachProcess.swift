import Foundation
import XCTest

/// Runs the built `coach` binary with arguments, standard input and environment; collects everything it wrote.
struct CoachProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `coach` executable next to the test bundle.
    static var executable: URL {
        let bundle = Bundle(for: Marker.self).bundleURL
        let candidates = [
            bundle.deletingLastPathComponent(), bundle, Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            repositoryRoot.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("coach") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let exampleDialogues = repositoryRoot.appendingPathComponent("Tests/Fixtures/example").path

    private final class Marker {}

    // @unchecked: written by one reader thread, read only after the group's wait.
    /// Bytes read on another thread, handed over after the group's wait.
    private final class Collected: @unchecked Sendable { var data = Data() }

    /// The load cache of every `coach` the tests run: a folder of this test run's own, never the user's cache.
    static let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-tests-cache").path

    static func run(_ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:],
                    directory: URL? = nil, timeout: TimeInterval = 60) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["COACH_REGION"] = nil
        env["COACH_DIALOGUES"] = nil
        env["COACH_CACHE_DIR"] = cacheFolder
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(stdin)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let outData = Collected(), errData = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outData.data = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData.data = error.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            XCTFail("coach \(arguments) timed out")
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: outData.data, as: UTF8.self),
                       stderr: String(decoding: errData.data, as: UTF8.self))
    }

    static func run(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> Outcome {
        try run(arguments, stdin: Data(input.utf8), environment: environment)
    }
}
