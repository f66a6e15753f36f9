import CoachCore

/// `coach graph [DIR]`: the states and transitions as Graphviz DOT.
enum GraphCommand {
    static let abstract = "Print the dialogue's states and transitions as Graphviz DOT."
    static let usage = "coach graph [DIR]"

    static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: [], flagOptions: [], maxPositional: 1)
        guard let brain = DialogueLoading.load(args.positional.first, environment: environment) else { return ExitCode.failure }
        Output.out(GraphExport.dot(brain))
        return ExitCode.success
    }
}
