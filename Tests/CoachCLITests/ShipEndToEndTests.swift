import Foundation
import XCTest

/// What a deployment relies on: `coach healthcheck`, and a binary that carries its own dialogues.
final class ShipEndToEndTests: XCTestCase {
    func testHealthcheckSaysOkForARunningServerAndFailsForNone() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coach-health-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try ServerProcess(stateDirectory: directory)
        let healthy = try CoachProcess.run(["healthcheck", "http://127.0.0.1:\(server.port)/healthz"], input: "")
        XCTAssertEqual(healthy.status, 0)
        XCTAssertEqual(healthy.stdout, "ok\n")
        let fromEnvironment = try CoachProcess.run(["healthcheck"], input: "", environment: ["COACH_PORT": String(server.port)])
        XCTAssertEqual(fromEnvironment.status, 0)
        let missing = try CoachProcess.run(["healthcheck", "http://127.0.0.1:\(server.port)/nowhere"], input: "")
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "coach healthcheck: http://127.0.0.1:\(server.port)/nowhere: 404\n")
        server.signal(SIGTERM)
        XCTAssertEqual(server.waitForExit(), 0)
        let down = try CoachProcess.run(["healthcheck", "http://127.0.0.1:\(server.port)/healthz"], input: "")
        XCTAssertEqual(down.status, 1)
        XCTAssertEqual(down.stderr, "coach healthcheck: http://127.0.0.1:\(server.port)/healthz: cannot connect to 127.0.0.1:\(server.port): Connection refused\n")
        let usage = try CoachProcess.run(["healthcheck", "ftp://x"], input: "")
        XCTAssertEqual(usage.status, 64)
    }

    /// A copy of the binary in an empty directory, told to use the dialogues built into it, answers
    /// exactly as the source tree's `Dialogues/` do; and the built-in set is every `.coach` file there.
    func testTheCopiedBinaryCarriesTheBuiltInDialogues() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coach-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("coach")
        try FileManager.default.copyItem(at: CoachProcess.executable, to: copy)
        let input = #"{"text":"a man is shouting at a woman on the bus"}"# + "\n" + #"{"text":"no"}"# + "\n"
        let fromSource = try CoachProcess.run(["chat", "--jsonl", "--seed", "3"], input: input)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["chat", "--jsonl", "--seed", "3", "--dialogues", "(built-in)"]
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(output, fromSource.stdout)
        XCTAssertEqual(output.split(separator: "\n").count, 2)

        let lint = try CoachProcess.run(["lint", "(built-in)"], input: "")
        let dialogues = CoachProcess.repositoryRoot.appendingPathComponent("Dialogues")
        let sourceLint = try CoachProcess.run(["lint", dialogues.path], input: "")
        XCTAssertEqual(lint.status, 0)
        // Same counts of states and intents: every dialogue file was built in.
        let counts = { (text: String) in text.range(of: #"ok: \d+ states, \d+ intents"#, options: .regularExpression).map { String(text[$0]) } }
        XCTAssertNotNil(counts(lint.stdout), lint.stdout + lint.stderr)
        XCTAssertEqual(counts(lint.stdout), counts(sourceLint.stdout))
    }

    func testStoreMistakesAreUsageErrorsAndAnUnreachableDatabaseIsAFailure() throws {
        let cases: [(store: String, status: Int32, message: String)] = [
            ("mysql://x@y/z", 64, "coach: --store takes postgres://USER:PASSWORD@HOST:PORT/DB (or 'file'), not 'mysql://x@y/z' (see 'coach --help')\n"),
            ("postgres://u:p@127.0.0.1:1/db?sslmode=verify-full", 64,
             "coach: --store: PostgreSQL connection string: sslmode=verify-full needs TLS, which this client does not speak; reach the database over a private network or a local TLS proxy and use sslmode=disable (see 'coach --help')\n"),
            ("postgres://u:p@127.0.0.1:1/db", 1, "coach: cannot open the session store: PostgreSQL connection: cannot connect to 127.0.0.1:1: Connection refused\n"),
        ]
        for c in cases {
            let outcome = try CoachProcess.run(["serve", "--port", "0", "--dialogues", CoachProcess.exampleDialogues], input: "",
                                               environment: ["COACH_STORE": c.store])
            XCTAssertEqual(outcome.status, c.status, c.store)
            XCTAssertEqual(outcome.stderr, c.message, c.store)
        }
    }
}
