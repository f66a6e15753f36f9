import CoachCore
import CoachStore
import Foundation

/// `coach chat`: a conversation over stdin/stdout, in the terminal or as JSON lines.
enum ChatCommand {
    static let abstract = "Chat with the coach in the terminal (or as JSON lines with --jsonl)."
    static let usage = "coach chat [--jsonl] [--user ID] [--region CODE] [--seed N] [--dialogues DIR] [--trace] [--record FILE] [--state-dir DIR]"

    static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--user", "--region", "--seed", "--dialogues", "--record", "--state-dir"],
                                 flagOptions: ["--jsonl", "--trace"], maxPositional: 0)
        let seed = try args.unsigned("--seed")
        guard let (brain, sources) = DialogueSource.loadReportingWithSources(args["--dialogues"], environment: environment) else { return ExitCode.failure }
        let locator = args.has("--trace") || !args.has("--jsonl") ? RegexLocator(sources: sources) : nil
        let traceLine = { (line: String) in locator?.shorten(line) ?? line }
        let region = try Region.code(option: args["--region"], environment: environment)
        let context = region.map { ["region": $0] } ?? [:]
        let repository: SessionRepository
        if args["--user"] != nil, !args.has("--jsonl") {
            guard let durable = try StoredSessions.open(args["--state-dir"], environment: environment) else { return ExitCode.failure }
            repository = durable
        } else {
            repository = MemorySessionRepository()
        }
        let service = ConversationService(engine: Engine(brain: brain, tracing: args.has("--trace") || !args.has("--jsonl")), repository: repository, seed: seed, context: context,
                                          seeds: RandomSeeds.draw)
        let recorder = try args["--record"].map { try TranscriptFileRecorder(path: $0, seed: seed, region: region, dialogues: args["--dialogues"]) }
        Platform.ignoreBrokenPipe()
        Platform.endInputOnInterrupt()
        if args.has("--jsonl") {
            var transport = JSONLinesChat(trace: args.has("--trace"), defaultUser: args["--user"] ?? "local", recorder: recorder)
            transport.traceLine = traceLine
            return transport.run(service)
        }
        let interactive = Platform.isTerminal(0)
        let style = TerminalStyle(color: Output.useColor(fd: 1, environment: environment))
        var transport = TerminalChat(user: args["--user"] ?? "local", trace: args.has("--trace"), interactive: interactive,
                                     style: style, recorder: recorder)
        transport.traceLine = traceLine
        return transport.run(service)
    }
}

/// The region for emergency numbers: `--region`, else `COACH_REGION`; lower case, `gb` read as `uk`.
/// An unknown code is a usage error that lists the known ones (the regions the built-in dialogues have numbers for).
enum Region {
    /// The codes the dialogues know, in the order the usage message lists them.
    static let known = ["uk", "ie", "fr", "de", "es", "it", "eu", "us", "ca", "au", "nz", "in", "br"]

    static func code(option: String?, environment: [String: String]) throws -> String? {
        guard let raw = option ?? environment["COACH_REGION"], !raw.isEmpty else { return nil }
        let code = raw.lowercased() == "gb" ? "uk" : raw.lowercased()
        guard known.contains(code) else {
            let source = option == nil ? "COACH_REGION" : "--region"
            throw UsageError("unknown region '\(raw)' for \(source); known codes: \(known.joined(separator: ", ")) (gb is read as uk)")
        }
        return code
    }
}
