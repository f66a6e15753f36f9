import Foundation
import XCTest

/// Ctrl-C ends `coach chat` through its normal path: exit 0, a newline, and `--record` writes the whole chat at the end.
final class InterruptEndToEndTests: XCTestCase {
    /// Starts the real binary with an open standard input, types `lines` one at a time (each after the coach has
    /// answered the one before), then sends `signal` and waits for the exit.
    func chat(_ arguments: [String], lines: [String], waitingFor answers: [String], signal: Int32) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = CoachProcess.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["COACH_CACHE_DIR"] = CoachProcess.cacheFolder
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = Data()
        func waitFor(_ text: String) {
            let deadline = Date().addingTimeInterval(30)
            while !String(decoding: seen, as: UTF8.self).contains(text), Date() < deadline {
                var chunk = [UInt8](repeating: 0, count: 4096)
                let n = read(output.fileHandleForReading.fileDescriptor, &chunk, chunk.count)
                if n <= 0 { break }
                seen += Data(chunk[0..<n])
            }
        }
        for (line, answer) in zip(lines, answers) {
            if !line.isEmpty { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }
            waitFor(answer)
        }
        kill(process.processIdentifier, signal)
        seen += output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        return (process.terminationStatus, String(decoding: seen, as: UTF8.self))
    }

    /// Each signal is sent as soon as the answer appears, when the coach may still be finishing its turn or already
    /// waiting for input: either way the chat ends normally (twice each, as the timing varies).
    func testCtrlCEndsTheChatAndTheRecordingIsComplete() throws {
        for (name, signal) in [("SIGINT", SIGINT), ("SIGTERM", SIGTERM), ("SIGINT again", SIGINT), ("SIGTERM again", SIGTERM)] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("coach-interrupt-\(UUID().uuidString).test")
            defer { try? FileManager.default.removeItem(at: file) }
            let arguments = ["chat", "--seed", "1", "--record", file.path, "--dialogues", CoachProcess.exampleDialogues]
            let result = try chat(arguments, lines: ["", "1"], waitingFor: ["3. Practise a scene\n", "Is anyone hurt?\n"], signal: signal)
            XCTAssertEqual(result.status, 0, name)
            XCTAssertTrue(result.stdout.hasSuffix("coach: Your setting is work. Is anyone hurt?\n\n"), name + ": " + result.stdout)
            let recorded = try String(contentsOf: file, encoding: .utf8)
            XCTAssertTrue(recorded.hasSuffix("""
            seed: 1

            test: recorded chat
              < Hello, I'm the example coach.
              < Where are you?
              choices: At work | On the street | Practise a scene
              state: welcome
              tags: greeting

              > 1
              < At work, a manager or HR can help.
              < Your setting is work. Is anyone hurt?
              state: setting_chosen

            """), name + ": " + recorded)
            let replay = try CoachProcess.run(["test", file.path, "--dialogues", CoachProcess.exampleDialogues])
            XCTAssertTrue(replay.stdout.hasSuffix("1 passed, 0 failed\n"), name + ": " + replay.stdout)
        }
    }

    func testCtrlCEndsJSONLinesAndTheRecordingIsComplete() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("coach-interrupt-\(UUID().uuidString).test")
        defer { try? FileManager.default.removeItem(at: file) }
        let arguments = ["chat", "--jsonl", "--seed", "1", "--record", file.path, "--dialogues", CoachProcess.exampleDialogues]
        let result = try chat(arguments, lines: [#"{"text":"1"}"#], waitingFor: ["\"tags\":[]}\n"], signal: SIGINT)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, #"{"user":"local","replies":[{"text":"At work, a manager or HR can help."},{"text":"Your setting is work. Is anyone hurt?"}],"state":"setting_chosen","intent":null,"tags":[]}"# + "\n")
        let recorded = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(recorded.hasSuffix("\ntest: recorded chat\n  > 1\n  < At work, a manager or HR can help.\n  < Your setting is work. Is anyone hurt?\n  state: setting_chosen\n"), recorded)
    }
}
