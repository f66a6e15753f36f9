import CoachCore
import CoachTranscripts
import Foundation

/// `coach test [PATH...]`: replays transcript tests against the dialogues and reports each conversation.
enum TestCommand {
    static let abstract = "Run transcript tests (*.test) and examples (*.examples, example: lines) against the dialogues; exit 1 if any fails."
    static let usage = "coach test [PATH...] [--dialogues DIR] [--filter TEXT] [--junit FILE] [--coverage]"

    static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--dialogues", "--filter", "--junit"], flagOptions: ["--coverage"],
                                 maxPositional: Int.max)
        guard let brain = DialogueSource.loadReporting(args["--dialogues"], environment: environment) else {
            Output.out(TranscriptReport.summary(passed: 0, failed: 1))  // the contract's last line, even now
            return ExitCode.failure
        }
        let dialogues = DialogueSource.path(option: args["--dialogues"], environment: environment)
        let folder = dialogues.hasSuffix("/") ? dialogues : dialogues + "/"
        let everything = args.positional.isEmpty
        let examplePaths = ExampleSuite.files(in: everything ? [relative(folder + "examples")] : args.positional)
        let intentExamples = everything ? ExampleRunner(brain: brain).intentExamples() : []
        // A folder with examples but no tests/ runs its examples; with neither, the missing folder is reported.
        let hasTests = FileManager.default.fileExists(atPath: folder + "tests")
        let paths = everything ? (hasTests || (examplePaths.isEmpty && intentExamples.isEmpty) ? [relative(folder + "tests")] : [])
            : args.positional.filter { !$0.hasSuffix("." + ExampleFile.fileExtension) }
        let suite = paths.isEmpty ? TranscriptSuite() : TranscriptSuite.load(paths: paths, brain: brain)
        if suite.entries.isEmpty, examplePaths.isEmpty, !paths.isEmpty {
            Output.err("coach: no transcript tests (*.\(TranscriptSuite.fileExtension)) in \(paths.map { "'\($0)'" }.joined(separator: ", "))\n")
        }
        let filter = args["--filter"]
        let result = TranscriptRunner(brain: brain).run(suite, filter: filter)

        let renderer = DiagnosticRenderer(sources: suite.sources, useColor: Output.useColor(fd: 2, environment: environment))
        let report = TranscriptReport(useColor: Output.useColor(fd: 1, environment: environment))
        for file in result.files {
            Output.err(renderer.render(file.diagnostics))
            if file.isBroken {
                Output.out(report.renderBroken(file))
            } else {
                Output.out(file.conversations.map(report.render).joined())
            }
        }
        var examplesPassed = 0, examplesFailed = 0, examplesRun = 0, knownLimits = 0
        var exampleResults: [ExampleResult] = []
        let exampleRenderer = { (sources: [String: String]) in DiagnosticRenderer(sources: sources, useColor: Output.useColor(fd: 2, environment: environment)) }
        for path in examplePaths {
            let (outcome, source) = ExampleSuite.run(path: path, brain: brain, filter: filter)
            Output.err(exampleRenderer(source.map { [path: $0] } ?? [:]).render(outcome.diagnostics))
            if outcome.total > 0 || outcome.isBroken { Output.out(outcome.render()) }
            examplesRun += outcome.total
            examplesPassed += outcome.passed
            examplesFailed += outcome.failed
            knownLimits += outcome.knownMisses
            exampleResults.append(outcome)
        }
        if everything {
            let runner = ExampleRunner(brain: brain)
            for (file, cases) in intentExamples {
                let outcome = runner.run(cases, file: relative(file), filter: filter)
                if outcome.total > 0 { Output.out(outcome.render().replacingOccurrences(of: folder, with: relative(folder))) }
                examplesRun += outcome.total
                examplesPassed += outcome.passed
                examplesFailed += outcome.failed
                if outcome.total > 0 { exampleResults.append(outcome) }
            }
        }
        if let filter, result.conversations.isEmpty, examplesRun == 0, suite.conversationCount > 0 || !examplePaths.isEmpty {
            Output.err("coach: no test name contains '\(filter)'\n")
        }
        if args.has("--coverage") {
            Output.out(report.render(CoverageReport(brain: brain, exercised: result.exercised)))
        }
        var status = result.failed + examplesFailed > 0 ? ExitCode.failure : ExitCode.success
        if let junit = args["--junit"] {
            do {
                try Data(JUnitReport.xml(result, examples: exampleResults, sources: suite.sources).utf8).write(to: URL(fileURLWithPath: junit), options: .atomic)
            } catch {
                Output.err("coach: cannot write the JUnit report to '\(junit)': \((error as NSError).localizedDescription)\n")
                status = ExitCode.failure
            }
        }
        if knownLimits > 0 { Output.out("\(knownLimits) known limits still missed (marked 'known' in the example files)\n") }
        Output.out(TranscriptReport.summary(passed: result.passed + examplesPassed, failed: result.failed + examplesFailed))
        return status
    }

    /// `path` relative to the working directory when it lies inside it, so reports stay short.
    static func relative(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath
        let prefix = here.hasSuffix("/") ? here : here + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
