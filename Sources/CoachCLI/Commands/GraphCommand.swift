import CoachCore

/// `coach graph [DIR]`: the states and transitions as Graphviz DOT, whole or for one scenario.
enum GraphCommand {
    static let abstract = "Print the dialogue's states and transitions as Graphviz DOT (all, one file, or around one state)."
    static let usage = "coach graph [DIR] [--dialogues DIR] [--file FILE] [--state NAME [--depth N]]"

    static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--dialogues", "--file", "--state", "--depth"], flagOptions: [], maxPositional: 1)
        if args["--depth"] != nil, args["--state"] == nil { throw UsageError("--depth goes with --state NAME") }
        let depth = try args.unsigned("--depth").map(Int.init) ?? 2
        guard let brain = DialogueSource.loadReporting(args.positional.first ?? args["--dialogues"], environment: environment) else { return ExitCode.failure }
        guard args["--file"] != nil || args["--state"] != nil else {
            Output.out(GraphExport.dot(brain))
            return ExitCode.success
        }
        if let state = args["--state"], brain.stateID(state) == nil {
            throw UsageError("unknown state '\(state)'" + Suggestion.hint(for: state, in: brain.states.map(\.name)))
        }
        guard let dot = GraphExport.dot(brain, scope: GraphScope(file: args["--file"], state: args["--state"], depth: depth)) else {
            throw UsageError("no state is written in a file named '\(args["--file"] ?? "")'")
        }
        Output.out(dot)
        return ExitCode.success
    }
}
