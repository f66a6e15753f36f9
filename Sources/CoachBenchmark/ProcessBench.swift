import Foundation

/// The JSON-lines mode as a whole process: lines in, lines out, wall time.
enum ProcessBench {
    static func coachExecutable(root: URL) -> URL? {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("coach")
        let release = root.appendingPathComponent(".build/release/coach")
        return [here, release].first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func jsonLines(executable: URL, dialogues: String, lines: Int, users: Int, repeats: Int) -> Samples {
        var input = ""
        for i in 0..<lines {
            let message = MessageMix.messages[(i * 7 + i / users) % MessageMix.messages.count]
            input += "{\"user\":\"user\(i % users)\",\"text\":\(jsonString(message))}\n"
        }
        let data = Data(input.utf8)
        // One untimed run fills the load cache (in the benchmark's own folder), as any run after the first finds it.
        let first = Data((input.split(separator: "\n").first.map(String.init) ?? "").utf8) + Data("\n".utf8)
        _ = run(executable, dialogues: dialogues, input: first, expectedLines: 1)
        return Samples(values: (0..<repeats).map { _ in run(executable, dialogues: dialogues, input: data, expectedLines: lines) })
    }

    private static func run(_ executable: URL, dialogues: String, input: Data, expectedLines: Int) -> Double {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["chat", "--jsonl", "--seed", "1", "--dialogues", dialogues]
        var environment = ProcessInfo.processInfo.environment
        environment["COACH_CACHE_DIR"] = CacheBench.folder
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        let start = Measure.now()
        try! process.run()
        DispatchQueue.global().async {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = Double(Measure.now() - start) / 1e9
        let count = output.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        precondition(count == expectedLines, "expected \(expectedLines) output lines, got \(count)")
        return elapsed
    }

    private static func jsonString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
