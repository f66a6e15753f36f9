import CoachCore
import CoachFiles
import Foundation

/// `swift run -c release coach-bench [--quick]`: the figures in BENCHMARKS.md.
let quick = CommandLine.arguments.contains("--quick")
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let dialogues = root.appendingPathComponent("Dialogues").path

print("AllyCoach benchmarks (\(quick ? "quick" : "full") run), \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("")
let mixFile = root.appendingPathComponent("Benchmarks/messages.txt").path
let messages = (try? String(contentsOfFile: mixFile, encoding: .utf8))
    .map { $0.split(separator: "\n").map(String.init) } ?? MessageMix.messages
print("message mix: \(messages.count) distinct lines from Benchmarks/messages.txt")
print("")
print("| measurement | median | p99 | notes |")
print("| --- | --- | --- | --- |")

// `--profile load|cached|first-reply|turns|trace [COUNT]`: only that part, repeated, for `perf record` or callgrind;
// `--profile slowest [COUNT]`: the messages that take longest as a first message.
if let k = CommandLine.arguments.firstIndex(of: "--profile"), k + 1 < CommandLine.arguments.count {
    let part = CommandLine.arguments[k + 1]
    let count = k + 2 < CommandLine.arguments.count ? Int(CommandLine.arguments[k + 2]) : nil
    if part == "slowest" {
        // Each message as a first message, fastest of five tries: which messages make the p99.
        guard let brain = DialogueDirectory(path: dialogues).load().brain else { fatalError("built-in dialogues have errors") }
        let engine = Engine(brain: brain, tracing: false)
        let session = engine.newSession(seed: 1)
        var timed: [(Double, String)] = []
        for message in messages {
            let best = Measure.repeated(5) { _ = engine.respond(to: message, in: session) }.values.min() ?? 0
            timed.append((best, message))
        }
        timed.sort { $0.0 > $1.0 }
        for (seconds, message) in timed.prefix(count ?? 15) {
            print("\(Report.format(seconds))  \(message.split(separator: " ").count) words  \(message.prefix(100))")
        }
        exit(0)
    }
    if part == "load" {
        let samples = Measure.repeated(count ?? 100) { _ = DialogueDirectory(path: dialogues).load() }
        Report.row("load + compile (profile)", samples, notes: "\(samples.count) runs")
    } else if part == "cached" {
        let cache = CacheBench.primedCache(dialogues: dialogues)
        var kept: [Brain?] = []  // freed after the measurement: a process never frees its brain
        let samples = Measure.repeated(count ?? 100) { kept.append(DialogueDirectory(path: dialogues).load(cache: cache).brain) }
        Report.row("load from cache (profile)", samples, notes: "\(samples.count) runs")
    } else if part == "first-reply" {
        let cache = CacheBench.primedCache(dialogues: dialogues)
        var kept: [Brain?] = []  // freed after the measurement: a process never frees its brain
        let samples = Measure.repeated(count ?? 100) { kept.append(CacheBench.firstReply(dialogues: dialogues, cache: cache)) }
        Report.row("load from cache to first reply (profile)", samples, notes: "\(samples.count) runs")
    } else {
        guard let brain = DialogueDirectory(path: dialogues).load().brain else { fatalError("built-in dialogues have errors") }
        let samples = TurnBench.run(brain: brain, messages: messages, turns: count ?? 200_000, sessions: 500, tracing: part == "trace")
        Report.row("one turn (profile)", samples, notes: "\(samples.count) turns")
    }
    exit(0)
}

let builtinLoad = Measure.repeated(quick ? 5 : 21) { _ = DialogueDirectory(path: dialogues).load() }
Report.row("built-in dialogues: load + compile", builtinLoad, notes: "\(builtinLoad.count) runs")
guard let builtin = DialogueDirectory(path: dialogues).load().brain else { fatalError("built-in dialogues have errors") }
let cache = CacheBench.primedCache(dialogues: dialogues)
var keptBrains: [Brain?] = []  // freed after the measurements: a process never frees its brain
let cachedLoad = Measure.repeated(quick ? 21 : 51) { keptBrains.append(DialogueDirectory(path: dialogues).load(cache: cache).brain) }
Report.row("built-in dialogues: load from cache", cachedLoad, notes: "\(cachedLoad.count) runs, cache in a temporary folder")
let firstReply = Measure.repeated(quick ? 21 : 51) { keptBrains.append(CacheBench.firstReply(dialogues: dialogues, cache: cache)) }
Report.row("built-in dialogues: load from cache to first reply", firstReply, notes: "a new engine and session, one message")
keptBrains = []

let turns = quick ? 20_000 : 120_000
let baseline = TurnBench.normalizeOnly(messages: messages, turns: turns)
Report.row("baseline: normalise only", baseline, notes: "\(turns) messages")
let builtinTurns = TurnBench.run(brain: builtin, messages: messages, turns: turns, sessions: 500)
Report.row("built-in dialogues: one turn", builtinTurns, notes: "\(turns) turns over 500 sessions")
let tracedTurns = TurnBench.run(brain: builtin, messages: messages, turns: turns, sessions: 500, tracing: true)
Report.row("built-in dialogues: one turn with --trace", tracedTurns, notes: "same mix, explanations built")

let generated = GeneratedScript.make(intents: 5_000, states: 2_000)
let largeLoad = Measure.repeated(quick ? 3 : 7) { _ = Compiler.compile(GeneratedScript.parse(generated)) }
Report.row("generated 5,000 intents / 2,000 states: parse + compile", largeLoad, notes: "\(largeLoad.count) runs")
guard let large = Compiler.compile(GeneratedScript.parse(generated)).brain else { fatalError("generated script has errors") }
let largeTurns = TurnBench.run(brain: large, messages: GeneratedScript.messages, turns: turns, sessions: 500)
Report.row("generated script: one turn", largeTurns, notes: "\(turns) turns over 500 sessions")
let suiteText = SuiteBench.makeSuite(brain: builtin, conversations: 1_000, turns: 10)
let suite = SuiteBench.run(brain: builtin, suiteText: suiteText, times: quick ? 3 : 7)
Report.row("transcript suite: 1,000 conversations x 10 turns, parse + run", suite.0, notes: "\(suite.passed) passed, \(suite.failed) failed")
print("")
print(String(format: "Large script / built-in median turn: %.2fx", largeTurns.median / builtinTurns.median))

if let coach = ProcessBench.coachExecutable(root: root) {
    let lines = quick ? 5_000 : 20_000
    let runs = ProcessBench.jsonLines(executable: coach, dialogues: dialogues, lines: lines, users: 200, repeats: quick ? 1 : 5)
    print(String(format: "coach chat --jsonl as a process: %d lines over 200 users, median %.3f s, %.0f turns/s (%d runs)",
                 lines, runs.median, Double(lines) / runs.median, runs.count))
} else {
    print("coach chat --jsonl as a process: skipped (build the release coach first: swift build -c release)")
}
