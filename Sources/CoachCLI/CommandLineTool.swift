import CoachCore
import Foundation

/// The `coach` command: picks the subcommand, runs it, and turns errors into text and exit codes in one place.
enum CommandLineTool {
    typealias Command = (abstract: String, usage: String, run: @Sendable ([String], [String: String]) throws -> Int32)

    static let commands: [(name: String, command: Command)] = [
        ("chat", (ChatCommand.abstract, ChatCommand.usage, ChatCommand.run)),
        ("lint", (LintCommand.abstract, LintCommand.usage, LintCommand.run)),
        ("test", (TestCommand.abstract, TestCommand.usage, TestCommand.run)),
        ("graph", (GraphCommand.abstract, GraphCommand.usage, GraphCommand.run)),
        ("match", (MatchCommand.abstract, MatchCommand.usage, MatchCommand.run)),
        ("eval", (EvalCommand.abstract, EvalCommand.usage, EvalCommand.run)),
        ("serve", (ServeCommand.abstract, ServeCommand.usage, ServeCommand.run)),
        ("healthcheck", (HealthcheckCommand.abstract, HealthcheckCommand.usage, HealthcheckCommand.run)),
    ]

    static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        var arguments = arguments
        if arguments.first == "--help" || arguments.first == "-h" || arguments.first == "help" {
            Output.out(help)
            return ExitCode.success
        }
        let name: String
        if let first = arguments.first, !first.hasPrefix("-") {
            name = first
            arguments.removeFirst()
        } else {
            name = "chat"
        }
        guard let command = commands.first(where: { $0.name == name })?.command else {
            return usageError(UsageError("unknown command '\(name)'" + hint(name)))
        }
        if arguments.contains("--help") || arguments.contains("-h") {
            Output.out("\(command.abstract)\n\nUsage: \(command.usage)\n")
            return ExitCode.success
        }
        do {
            return try command.run(arguments, environment)
        } catch let error as UsageError {
            return usageError(error)
        } catch {
            Output.err("coach: \(error)\n")
            return ExitCode.failure
        }
    }

    private static func hint(_ name: String) -> String {
        Suggestion.hint(for: name, in: commands.map(\.name))
    }

    private static func usageError(_ error: UsageError) -> Int32 {
        Output.err("coach: \(error.message) (see 'coach --help')\n")
        return ExitCode.usage
    }

    static var help: String {
        var text = "coach: AllyCoach, a coach for bystanders who want to help safely.\n\nUsage: coach [COMMAND] [OPTIONS]\n\nCommands:\n"
        for (name, command) in commands {
            text += "  " + name.padding(toLength: 8, withPad: " ", startingAt: 0) + command.abstract + "\n"
        }
        text += "\nWith no command, 'coach' is 'coach chat'. 'coach COMMAND --help' shows a command's options.\n"
        return text
    }
}
