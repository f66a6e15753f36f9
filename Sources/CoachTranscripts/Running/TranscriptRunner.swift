import CoachCore
import CoachStore
import Dispatch
import Foundation

/// Replays transcripts against one brain, in-process and deterministic: load the brain once, parse
/// once, then run as many conversations as you like (from any number of threads).
public struct TranscriptRunner: Sendable {
    public let engine: Engine
    /// The states each interrupt intent leads to, to count `* -> state` transitions.
    private let interruptTargets: [String: Set<String>]
    private let clock: @Sendable () -> UInt64

    /// `clock` gives nanoseconds, for the durations in reports; tests pass a fixed one.
    public init(brain: Brain, clock: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }) {
        engine = Engine(brain: brain)
        var targets: [String: Set<String>] = [:]
        for interrupt in brain.interrupts {
            let name = brain.intents[interrupt.intent].name
            switch interrupt.action.target {
            case .state(let id): targets[name, default: []].insert(brain.states[id].name)
            case .restart: targets[name, default: []].insert(brain.states[brain.start].name)
            case .back, .end, .repeat: break
            }
        }
        interruptTargets = targets
        self.clock = clock
    }

    /// Runs one conversation to its end, or to the first turn that misses an expectation.
    public func run(_ conversation: Conversation, file: String) -> ConversationResult {
        let started = clock()
        // Each conversation is a new person talking to the production service, its store holding nothing yet.
        let service = ConversationService(engine: engine, repository: MemorySessionRepository(), beginning: Self.beginning(conversation.setup))
        var exercised = Exercised()
        var failure: TurnFailure?
        var turnsRun = 0
        for (index, turn) in conversation.turns.enumerated() {
            guard let result = try? Self.take(turn.input, from: Self.user, in: service) else {
                preconditionFailure("the in-memory session repository never fails")
            }
            turnsRun += 1
            record(result, into: &exercised)
            if !turn.expectations.isEmpty {
                let actual = ActualTurn(result)
                let mismatches = turn.expectations.compactMap { $0.evaluate(actual) }
                if !mismatches.isEmpty {
                    failure = TurnFailure(turnNumber: index + 1, turn: turn, mismatches: mismatches, actual: actual)
                    break
                }
            }
        }
        let seconds = Double(clock() &- started) / 1e9
        return ConversationResult(file: file, name: conversation.name, location: conversation.location, turnsRun: turnsRun,
                                  failure: failure, exercised: exercised, duration: seconds)
    }

    /// Runs the conversations of one file whose names contain `filter` (any case), in order.
    public func run(_ file: TranscriptFile, filter: String? = nil) -> [ConversationResult] {
        file.conversations.filter { Self.matches($0.name, filter) }.map { run($0, file: file.path) }
    }

    /// Runs a whole suite; files with errors do not run and count as one failure each.
    /// Conversations run in parallel on all cores unless `parallel` is false; results keep the suite's order.
    public func run(_ suite: TranscriptSuite, filter: String? = nil, parallel: Bool = true) -> SuiteResult {
        let started = clock()
        var queued: [(file: Int, conversation: Conversation)] = []
        for (index, entry) in suite.entries.enumerated() where !entry.hasErrors {
            for conversation in entry.file.conversations where Self.matches(conversation.name, filter) {
                queued.append((index, conversation))
            }
        }
        let jobs = queued
        let runJob: @Sendable (Int) -> ConversationResult = { i in run(jobs[i].conversation, file: suite.entries[jobs[i].file].file.path) }
        let results = parallel ? inParallel(jobs.count, runJob) : (0..<jobs.count).map(runJob)
        var files = suite.entries.map { SuiteResult.FileResult(path: $0.path, diagnostics: $0.diagnostics, conversations: []) }
        for (i, result) in results.enumerated() { files[jobs[i].file].conversations.append(result) }
        return SuiteResult(files: files, duration: Double(clock() &- started) / 1e9)
    }

    static func matches(_ name: String, _ filter: String?) -> Bool {
        guard let filter, !filter.isEmpty else { return true }
        return name.range(of: filter, options: .caseInsensitive) != nil
    }

    /// The user every conversation is had as (each has a service of its own).
    static let user = "transcript"

    static func beginning(_ setup: Setup) -> Beginning {
        Beginning(seed: setup.seed, context: setup.region.map { ["region": $0] } ?? [:], slots: setup.slots, state: setup.start?.name)
    }

    /// One step through the service, as a transport takes it: the coach opens, or the person sends a message or a command.
    static func take(_ input: Turn.Input, from user: String, in service: ConversationService) throws -> TurnResult {
        switch input {
        case .greeting: return try service.open(user: user)
        case .message(let text): return try service.reply(user: user, text: text)
        case .command(let command): return try service.run(command, user: user)
        }
    }

    private func record(_ turn: TurnResult, into exercised: inout Exercised) {
        exercised.states.insert(turn.session.state)
        for (from, to) in turn.transitions {
            exercised.transitions.insert(.init(from: from, to: to))
            exercised.states.insert(from)
            exercised.states.insert(to)
        }
        if let intent = turn.intent {
            exercised.intents.insert(intent)
            if let targets = interruptTargets[intent], let first = turn.transitions.first, targets.contains(first.to) {
                exercised.transitions.insert(.init(from: "*", to: first.to))
            }
        }
    }
}
