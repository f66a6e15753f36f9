import CoachCore

/// `coach lint [DIR]`: every mistake in the dialogue files, as `file:line:column: error: message`.
enum LintCommand {
    static let abstract = "Check dialogue scripts and report every mistake with its location."
    static let usage = "coach lint [DIR]"

    static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: [], flagOptions: [], maxPositional: 1)
        let path = DialogueSource.path(option: args.positional.first, environment: environment)
        let loaded = DialogueSource.load(path, lint: true)
        let renderer = DiagnosticRenderer(sources: loaded.sources, useColor: Output.useColor(fd: 2, environment: environment))
        Output.err(renderer.render(loaded.diagnostics))
        let errors = loaded.diagnostics.filter(\.isError).count
        let warnings = loaded.diagnostics.filter { $0.severity == .warning }.count
        let summary = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if let brain = loaded.brain {
            Output.out("\(path): ok: \(brain.states.count) states, \(brain.intents.count) intents; \(summary)\n")
            return ExitCode.success
        }
        Output.out("\(path): \(summary)\n")
        return ExitCode.failure
    }
}
