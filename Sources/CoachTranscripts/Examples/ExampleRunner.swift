import Foundation
import CoachCore
import CoachFiles

/// Checks examples against a brain: a message must (not) match an intent; with states, the intent must
/// (not) be the one that decides the turn there, in a fresh session as if the coach had just asked.
public struct ExampleRunner: Sendable {
    public let brain: Brain
    let engine: Engine

    public init(brain: Brain) {
        self.brain = brain
        engine = Engine(brain: brain, tracing: false)
    }

    /// nil when the example holds, else what happened instead.
    public func check(_ example: ExampleCase) -> String? {
        let names = example.intents.map(\.name)
        let wanted = names.joined(separator: " or ")
        guard !example.states.isEmpty else {
            let analysis = brain.analyze(example.text)
            let hits = analysis.hits.values.sorted { $0.intent < $1.intent }
            let own = hits.filter { names.contains(brain.intents[$0.intent].name) }
            if example.mustMatch, own.isEmpty {
                let others = hits.map { "\(brain.intents[$0.intent].name) (\($0.evidence.prefix(60)) on \"\($0.words)\")" }
                let discarded = analysis.discarded.filter { line in names.contains { line.hasPrefix($0 + ": ") } }
                var text = others.isEmpty ? "matched no intent" : "matched instead: " + others.joined(separator: ", ")
                if let first = discarded.first { text += "; discarded: \(first)" }
                return text
            }
            if !example.mustMatch, let first = own.first {
                return "matched \(brain.intents[first.intent].name): \(first.evidence.prefix(80)) on \"\(first.words)\""
            }
            return nil
        }
        // What went wrong, and in which states (states where the same thing happened are named together).
        var problems: [(what: String, states: [String])] = []
        for state in example.states {
            guard let id = brain.stateID(state.name) else { continue }
            var session = engine.newSession(seed: 1)
            session.state = brain.states[id].name
            session.greeted = true
            let turn = engine.respond(to: example.text, in: session)
            let decided = turn.intent
            let isWanted = decided.map(names.contains) ?? false
            let what: String
            if example.mustMatch, !isWanted {
                what = decided.map { "\($0) decided instead of \(wanted) (-> \(turn.session.state))" } ?? "no intent decided"
            } else if !example.mustMatch, isWanted, let decided {
                what = "\(decided) decided (-> \(turn.session.state))"
            } else {
                continue
            }
            if let index = problems.firstIndex(where: { $0.what == what }) {
                problems[index].states.append(state.name)
            } else {
                problems.append((what, [state.name]))
            }
        }
        guard !problems.isEmpty else { return nil }
        return problems.map { problem in
            let names = problem.states.count > 4 ? problem.states.prefix(3).joined(separator: ", ") + " and \(problem.states.count - 3) more states"
                : problem.states.joined(separator: ", ")
            return "in \(names): \(problem.what)"
        }.joined(separator: "; ")
    }

    /// Runs every example whose intent or text contains `filter` (any case), on all cores; failures keep file order.
    public func run(_ cases: [ExampleCase], file: String, filter: String? = nil) -> ExampleResult {
        let selected = cases.filter { example in
            TranscriptRunner.matches(example.text, filter) || example.intents.contains(where: { TranscriptRunner.matches($0.name, filter) })
        }
        let problems = inParallel(selected.count) { check(selected[$0]) }
        var result = ExampleResult(file: file)
        result.total = selected.count
        result.examples = selected
        for (example, problem) in zip(selected, problems) {
            switch (example.isKnownMiss, problem) {
            case (false, let problem?): result.failures.append(.init(example: example, problem: problem))
            case (true, _?): result.knownMisses += 1
            case (true, nil): result.nowHolding.append(example)
            case (false, nil): break
            }
        }
        return result
    }

    /// The `example:` and `not example:` lines of the brain's intents, by the file they are written in.
    public func intentExamples() -> [(file: String, cases: [ExampleCase])] {
        var byFile: [String: [ExampleCase]] = [:]
        for intent in brain.intents {
            let named = { (location: SourceLocation) in Named(intent.name, at: location) }
            for example in intent.examples {
                byFile[example.location.file, default: []].append(ExampleCase(intents: [named(example.location)], mustMatch: true,
                                                                               text: example.text, location: example.location))
            }
            for example in intent.counterexamples {
                byFile[example.location.file, default: []].append(ExampleCase(intents: [named(example.location)], mustMatch: false,
                                                                               text: example.text, location: example.location))
            }
        }
        return byFile.keys.sorted().map { ($0, byFile[$0]!.sorted { $0.location.line < $1.location.line }) }
    }
}

/// How the examples of one file went.
public struct ExampleResult: Sendable {
    /// One example that did not hold, and what happened instead.
    public struct Failure: Sendable {
        public var example: ExampleCase
        public var problem: String
    }

    public var file: String
    public var total = 0
    /// The examples that ran, in file order.
    public var examples: [ExampleCase] = []
    public var failures: [Failure] = []
    /// `known` examples that still miss: listed limits, not failures.
    public var knownMisses = 0
    /// `known` examples that now hold: the mark can go.
    public var nowHolding: [ExampleCase] = []
    /// Parse errors: the file did not run.
    public var diagnostics: [Diagnostic] = []

    public init(file: String) { self.file = file }

    public var isBroken: Bool { diagnostics.hasErrors }
    public var passed: Int { isBroken ? 0 : total - failures.count - knownMisses }
    /// Failed examples, or 1 for a file with errors.
    public var failed: Int { isBroken ? 1 : failures.count }

    /// `PASS  file: N examples`, or `FAIL  ...` and a line per failure: `file:line: [not ]INTENT: "message": what happened`.
    public func render() -> String {
        if isBroken {
            let errors = diagnostics.filter(\.isError).count
            return "FAIL  \(file): \(errors) error\(errors == 1 ? "" : "s") in the file, so none of its examples ran\n"
        }
        var count = "\(total) example\(total == 1 ? "" : "s")"
        if knownMisses > 0 { count += " (\(knownMisses) known limit\(knownMisses == 1 ? "" : "s") still missed)" }
        var holding = ""
        for e in nowHolding {
            holding += "\(TranscriptReport.indent)\(e.location.file):\(e.location.line): now holds: remove 'known' from \"\(e.text)\"\n"
        }
        guard !failures.isEmpty else { return "PASS  \(file): \(count)\n" + holding }
        var out = "FAIL  \(file): \(failures.count) of \(count) failed\n" + holding
        for failure in failures {
            let e = failure.example
            let intents = e.intents.map(\.name).joined(separator: ", ")
            out += "\(TranscriptReport.indent)\(e.location.file):\(e.location.line): \(e.mustMatch ? "" : "not ")\(intents): \"\(e.text)\": \(failure.problem)\n"
        }
        return out
    }
}

/// Example files found under paths, parsed and checked.
public enum ExampleSuite {
    /// The `*.examples` files named by `paths`, expanding folders (at any depth, in name order).
    public static func files(in paths: [String]) -> [String] {
        DiskFiles().expand(paths, fileExtension: ExampleFile.fileExtension).filter { $0.hasSuffix("." + ExampleFile.fileExtension) }
    }

    /// Reads, parses, checks and runs one example file.
    public static func run(path: String, brain: Brain, filter: String? = nil) -> (ExampleResult, source: String?) {
        let text: String
        switch DiskFiles().read(path) {
        case .success(let contents): text = contents
        case .failure(let failure):
            var result = ExampleResult(file: path)
            result.diagnostics = [.error(failure.reason, at: failure.location ?? SourceLocation(file: path, line: 1, column: 1))]
            return (result, nil)
        }
        let (file, parseDiagnostics) = ExampleFile.parse(text, path: path)
        let diagnostics = (parseDiagnostics + file.check(against: brain)).sortedByLocation()
        if diagnostics.hasErrors {
            var result = ExampleResult(file: path)
            result.diagnostics = diagnostics
            return (result, text)
        }
        return (ExampleRunner(brain: brain).run(file.cases, file: path, filter: filter), text)
    }
}
