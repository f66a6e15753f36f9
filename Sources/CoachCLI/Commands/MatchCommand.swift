import CoachCore
import Foundation

/// `coach match`: what a message matches, on which words, with which frames, and which intent wins in a state.
enum MatchCommand {
    static let abstract = "Show every intent a message matches, why, and which one wins in a state."
    static let usage = "coach match [--state NAME] [--dialogues DIR] [--region CODE] [MESSAGE...]   (messages from stdin when none are given)"

    static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--state", "--dialogues", "--region"], flagOptions: [], maxPositional: Int.max)
        guard let (brain, sources) = DialogueSource.loadReportingWithSources(args["--dialogues"], environment: environment) else { return ExitCode.failure }
        let locator = RegexLocator(sources: sources)
        if let state = args["--state"], brain.stateID(state) == nil {
            throw UsageError("unknown state '\(state)'" + Suggestion.hint(for: state, in: brain.states.map(\.name)))
        }
        let context = try Region.code(option: args["--region"], environment: environment).map { ["region": $0] } ?? [:]
        var messages = args.positional
        if messages.isEmpty {
            var reader = LineReader()
            while let line = reader.next() {
                guard case .text(let bytes) = line else { continue }
                let text = String(decoding: bytes, as: UTF8.self)
                if !text.trimmingCharacters(in: .whitespaces).isEmpty { messages.append(text) }
            }
        }
        Platform.ignoreBrokenPipe()
        let cwd = FileManager.default.currentDirectoryPath
        let here = cwd.hasSuffix("/") ? cwd : cwd + "/"
        for (i, message) in messages.enumerated() {
            guard let explanation = brain.explain(message, inState: args["--state"], context: context) else { return ExitCode.failure }
            let text = MatchReport.render(explanation, locator: locator).replacingOccurrences(of: here, with: "")
            if !Output.out((i > 0 ? "\n" : "") + text) { break }
        }
        return ExitCode.success
    }
}

/// The text of `coach match` for one message.
enum MatchReport {
    static func render(_ e: MatchExplanation, locator: RegexLocator) -> String {
        var out = "message: \(e.message)\n"
        out += "  words: \(e.words.isEmpty ? "(none)" : e.words)\n"
        for correction in e.corrections { out += "  spelling: \(correction)\n" }
        if e.frames.isEmpty {
            out += "  frames: none\n"
        } else {
            for frame in e.frames { out += "  frame \(frame.frame): \"\(frame.words)\"\n" }
        }
        if e.matches.isEmpty {
            out += "  matched: nothing\n"
        } else {
            out += "  matched:\n"
            for match in e.matches {
                let words = match.score == 1 ? "1 word" : "\(match.score) words"
                let priority = match.highPriority ? ", priority: high" : ""
                out += "    \(match.intent): \(locator.describe(match.source)) on \"\(match.words)\" (\(words)\(priority))\n"
            }
        }
        if !e.discarded.isEmpty {
            out += "  discarded:\n"
            for line in e.discarded { out += "    \(locator.shorten(line))\n" }
        }
        for guess in e.learned {
            let teaches = guess.teaches.count > 3 ? guess.teaches.prefix(3).joined(separator: ", ") + ", ..." : guess.teaches.joined(separator: ", ")
            out += "  learned words (\(teaches)): \(guess.label) by \(String(format: "%.1f", guess.lead))\n"
        }
        out += "  in state \(e.state)\(e.isFirstMessage ? " (as the first message)" : ""):\n"
        switch e.outcome {
        case .intent(let name, let target): out += "    wins: \(name) -> \(target)\n"
        case .choice(let label, let target): out += "    wins: the choice \"\(label)\" -> \(target)\n"
        case .any(let target): out += "    wins: 'on any' -> \(target)\n"
        case .fallback: out += "    wins: nothing: \(e.isFirstMessage ? "the greeting again" : "fallback")\n"
        }
        out += "    why: \(e.route)\n"
        for loser in e.losers { out += "    lost: \(loser.intent): \(loser.reason)\n" }
        return out
    }
}
