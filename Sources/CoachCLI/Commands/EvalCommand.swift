import CoachCore
import CoachFiles
import CoachTranscripts
import Foundation

/// `coach eval FILE.tsv`: per-intent precision, recall and confusion on a labelled list; exit 1 under a bar.
enum EvalCommand {
    static let abstract = "Score the intents on a labelled list (label<TAB>message): precision, recall, confusion, misses."
    static let usage = "coach eval FILE.tsv [--state NAME] [--focus a,b] [--dialogues DIR] [--region CODE] [--min-recall X] [--max-false X]"

    static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["--state", "--focus", "--dialogues", "--region", "--min-recall", "--max-false"],
                                 flagOptions: [], maxPositional: 1)
        guard let path = args.positional.first else { throw UsageError("expected a labelled file (label<TAB>message)") }
        let minRecall = try fraction(args, "--min-recall")
        let maxFalse = try fraction(args, "--max-false")
        guard let brain = DialogueSource.loadReporting(args["--dialogues"], environment: environment) else { return ExitCode.failure }
        let text: String
        switch DiskFiles().read(path) {
        case .success(let contents): text = contents
        case .failure(let failure):
            Output.err("\(failure.location ?? SourceLocation(file: path, line: 1, column: 1)): error: \(failure.reason)\n")
            return ExitCode.failure
        }
        let (file, diagnostics) = LabelledFile.parse(text, path: path)
        if !diagnostics.isEmpty {
            Output.err(DiagnosticRenderer(sources: [path: text]).render(diagnostics))
            return ExitCode.failure
        }
        let state = args["--state"] ?? file.state
        if let state, brain.stateID(state) == nil {
            throw UsageError("unknown state '\(state)'" + Suggestion.hint(for: state, in: brain.states.map(\.name)))
        }
        let focus = args["--focus"].map { $0.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty } }
            ?? file.focus ?? Evaluator.defaultFocus(file.rows)
        if focus.isEmpty {
            throw UsageError("no label to score: every row is 'none'; name the intents with --focus a,b or a '# focus: a, b' line")
        }
        for label in focus where brain.intentID(label) == nil {
            throw UsageError("unknown intent '\(label)' in the focus" + Suggestion.hint(for: label, in: brain.intents.map(\.name)))
        }
        let context = try Region.code(option: args["--region"], environment: environment).map { ["region": $0] } ?? [:]
        let result = Evaluator(brain: brain).run(file.rows, state: state, focus: focus, context: context)
        Platform.ignoreBrokenPipe()
        Output.out(EvalReport.render(result, path: path, state: state ?? "\(brain.states[brain.start].name) (as the first message)"))
        var failures: [String] = []
        if let minRecall {
            for label in focus {
                if let recall = result.score(label).recall, recall < minRecall {
                    failures.append("recall of \(label) is \(EvalReport.percent(recall)), under --min-recall \(EvalReport.percent(minRecall))")
                }
            }
        }
        if let maxFalse, let share = result.falseShare, share > maxFalse {
            failures.append("\(EvalReport.percent(share)) of 'none' rows were predicted as a focused intent, over --max-false \(EvalReport.percent(maxFalse))")
        }
        for failure in failures { Output.out("FAIL: \(failure)\n") }
        return failures.isEmpty ? ExitCode.success : ExitCode.failure
    }

    /// A fraction (`0.9`) or a percent (`90%`, or a number over 1 such as `90`).
    static func fraction(_ args: Arguments, _ name: String) throws -> Double? {
        guard let text = args[name] else { return nil }
        let isPercent = text.hasSuffix("%")
        guard let value = Double(isPercent ? String(text.dropLast()) : text), value >= 0 else {
            throw UsageError("\(name) takes a fraction (0.9) or a percent (90%), not '\(text)'")
        }
        let fraction = isPercent || value > 1 ? value / 100 : value
        guard fraction <= 1 else { throw UsageError("\(name) takes a fraction (0.9) or a percent (90%), not '\(text)'") }
        return fraction
    }
}

/// The text of `coach eval`.
enum EvalReport {
    static func render(_ result: EvalResult, path: String, state: String) -> String {
        var out = "\(path): \(result.outcomes.count) messages in state \(state); focus: \(result.focus.joined(separator: ", "))\n\n"
        let width = max(10, result.labels.map(\.count).max() ?? 0)
        out += pad("intent", width) + "  precision  recall  support\n"
        for label in result.labels {
            let score = result.score(label)
            out += pad(label, width) + "  " + pad(score.precision.map(percent) ?? "-", 9, right: true)
                + "  " + pad(score.recall.map(percent) ?? "-", 6, right: true) + "  " + pad("\(score.support)", 7, right: true) + "\n"
        }
        out += "accuracy: \(percent(result.accuracy)) (\(result.outcomes.filter(\.isHit).count) of \(result.outcomes.count))\n"
        if let share = result.falseShare { out += "false alarms: \(percent(share)) of 'none' rows predicted as a focused intent\n" }
        out += "\nconfusion (rows: label, columns: predicted):\n"
        let columns = result.labels.map { max($0.count, 4) }
        out += pad("", width) + zip(result.labels, columns).map { "  " + pad($0, $1, right: true) }.joined() + "\n"
        for label in result.labels {
            out += pad(label, width) + zip(result.labels, columns).map { "  " + pad("\(result.count(label: label, predicted: $0))", $1, right: true) }.joined() + "\n"
        }
        let misses = result.misses
        out += "\nmisses: \(misses.count)\n"
        for miss in misses { out += "  \(path):\(miss.row.line): \(miss.label) predicted \(miss.predicted): \(miss.row.message)\n" }
        return out
    }

    static func percent(_ value: Double) -> String {
        let tenths = (value * 1000).rounded() / 10
        return tenths == tenths.rounded() ? "\(Int(tenths))%" : String(format: "%.1f%%", tenths)
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
