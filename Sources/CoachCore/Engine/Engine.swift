/// The coach's brain at work: a pure function from (session state, message) to (new state, replies, trace).
///
/// Matching order, for every message:
/// 1. interrupts, in the order the script declares them (a state's own `on` for the same intent wins);
/// 2. a quick-reply choice by number ("2"), or by its exact label;
/// 3. the state's `on` transitions whose intent matched and whose condition holds, most specific
///    evidence first (the most words matched), ties to the line written first;
/// 4. a quick-reply choice by its words;
/// 5. the state's `on any`;
/// 6. fallback: the first miss rephrases, the second and later offer the choices as a numbered menu.
public struct Engine: Sendable {
    public let brain: Brain
    /// Whether turns record a trace; off saves building the explanation text on every turn.
    public var tracing: Bool
    /// How many automatic moves (`goto`) one turn may make before the engine stops a loop.
    static let maxHops = 32
    static let maxHistory = 32
    /// The hop limit, for tests.
    public static var maxHopsForTesting: Int { maxHops }
    /// The matcher's per-pattern arrays, reused from turn to turn.
    private let workspaces = WorkspacePool()

    public init(brain: Brain, tracing: Bool = true) {
        self.brain = brain
        self.tracing = tracing
    }

    /// A fresh session in the start state, before anything is said.
    public func newSession(seed: UInt64, context: [String: String] = [:]) -> SessionState {
        SessionState(state: brain.states[brain.start].name, seed: seed, context: context)
    }

    /// Starts a conversation: the coach speaks first.
    public func start(seed: UInt64, context: [String: String] = [:]) -> TurnResult {
        start(from: newSession(seed: seed, context: context))
    }

    /// Continues a saved conversation: the `returning` state if the script has one, else the current question again.
    public func resume(_ session: SessionState) -> TurnResult {
        let (opened, current, isAfresh) = opening(session)
        var turn = opened
        if !isAfresh, let returning = brain.returning {
            // Coming back while still at the welcome back (twice in a row) keeps the older place to return to.
            if !brain.welcomeBackStates.contains(current) { pushHistory(session.state, &turn) }
            enter(returning, &turn)
        } else {
            enter(current, &turn)
        }
        return turn
    }

    /// Answers one message.
    public func respond(to message: String, in session: SessionState) -> TurnResult {
        // The turn is taken from the opening as it is, not copied from it (a copy retains the session's tables).
        var turn: TurnResult
        let current: Int
        (turn, current, _) = opening(session)
        let isFirstTurn = !turn.session.greeted
        turn.session.turns += 1
        let listening = brain.states[current].listening
        let analysis = workspaces.with(patterns: brain.patterns.patterns.count) { workspace in
            Matcher(brain: brain).analyze(message, listening: listening, everyPattern: tracing, workspace: &workspace)
        }
        turn.note("in state \(brain.states[current].name): \"\(analysis.normalized.words)\"")
        if tracing {
            for correction in analysis.corrections { turn.note("  spelling: \(correction)") }
            for frame in analysis.frames { turn.note("  frame \(frame.frame): \"\(frame.words)\"") }
            for line in analysis.discarded { turn.note("  ignored \(line)") }
        }
        for intent in brain.states[current].noticed {
            let name = brain.intents[intent].name
            if analysis.hasHit(intent) {
                turn.session.slots[name] = "yes"
                turn.note("  noticed \(name)")
            } else if !turn.session.slots.isEmpty {
                turn.session.slots[name] = nil  // (with no slots at all there is nothing to hash the name for)
            }
        }
        let decision = Decider(brain: brain).decide(in: current, session: turn.session, analysis: analysis)
        turn.note("  " + decision.explanation())
        if tracing {
            let ranking = LoserRanking(brain: brain, session: turn.session, analysis: analysis)
            for loser in ranking.losers(in: current, decision: decision) { turn.note("  lost: \(loser.intent): \(loser.reason)") }
        }
        switch decision.kind {
        case .act(let action, let intent):
            turn.intent = intent.map { brain.intents[$0].name }
            turn.session.misses = 0
            perform(action, from: current, &turn)
        case .fallback:
            if isFirstTurn {
                turn.note("  first message of a new conversation: greeting instead of a fallback")
                enter(current, &turn)
            } else {
                Fallback(brain: brain).reply(in: current, &turn)
            }
        }
        return turn
    }

    /// A turn on `session` and the state it goes on from. A conversation that has ended, or whose state the script
    /// no longer has, starts afresh in the script's start, keeping its seed and the transport's context.
    func opening(_ session: SessionState) -> (turn: TurnResult, current: Int, isAfresh: Bool) {
        // The usual case builds the turn where it is returned: one copy of the session, none of the turn.
        if !session.ended, let current = brain.stateID(session.state) { return (TurnResult(session: session, tracing: tracing), current, false) }
        var turn = TurnResult(session: session, tracing: tracing)
        turn.note(session.ended ? "the conversation had ended: starting again" : "unknown state '\(session.state)': starting again")
        turn.session = newSession(seed: session.seed, context: session.context)
        return (turn, brain.start, true)
    }

    // MARK: Moving between states

    /// Takes a transition out of `current`: its assignments, then the state it leads to (staying, and asking again,
    /// when there is nothing to go back to).
    func perform(_ action: CompiledAction, from current: Int, _ turn: inout TurnResult) {
        assign(action.assignments, &turn)
        if case .state = action.target { pushHistory(brain.states[current].name, &turn) }
        guard let next = destination(of: action.target, from: current, &turn) else {
            if !turn.session.ended { enter(current, &turn) }
            return
        }
        if case .back = action.target { turn.note("  back to \(brain.states[next].name)") }
        if action.target != .repeat { turn.transitions.append((brain.states[current].name, brain.states[next].name)) }
        enter(next, &turn)
    }

    /// Where a target leads from `current`, making the changes it stands for on the way (`@restart` forgets the
    /// slots and the history, `@back` takes the last state off the history, `@end` ends): the state to enter, or
    /// nil when the conversation ends or there is nothing to go back to.
    func destination(of target: CompiledAction.Target, from current: Int, _ turn: inout TurnResult) -> Int? {
        switch target {
        case .state(let next):
            return next
        case .repeat:
            return current
        case .restart:
            turn.session.slots = [:]
            turn.session.history = []
            return brain.start
        case .back:
            guard let previous = turn.session.history.popLast(), let id = brain.stateID(previous) else {
                turn.note("  nothing to go back to: staying")
                return nil
            }
            return id
        case .end:
            turn.session.ended = true
            turn.note("  the conversation ends")
            return nil
        }
    }

    /// Enters a state: entry assignments, its messages, its tags, then any `goto` (each move stays inside this loop,
    /// so `maxHops` bounds it whatever the script says).
    func enter(_ first: Int, _ turn: inout TurnResult) {
        var id = first
        let states = brain.states
        for _ in 0..<Self.maxHops {
            // The state's fields are read in place: copying the whole `CompiledState` retains every array it holds.
            turn.session.state = states[id].name
            turn.session.greeted = true
            turn.session.misses = 0
            assign(states[id].entryAssignments, &turn)
            turn.addTags(states[id].tags)
            // Slots are looked up in place (`{ turn.session.value(of: $0) }`): `turn.session.value(of:)` would copy the session.
            for extra in states[id].conditionalTags where extra.condition.holds({ turn.session.value(of: $0) }) { turn.addTags(extra.tags) }
            let goto = states[id].gotos.first(where: { $0.condition?.holds { turn.session.value(of: $0) } ?? true })
            say(id, &turn, offeringChoices: goto == nil)
            guard let goto else { return }
            if case .state(let next) = goto.action.target {
                turn.note("  goto from \(states[id].name) -> \(states[next].name)")
            } else {
                turn.note("  goto from \(states[id].name) -> \(goto.action.target)")
            }
            assign(goto.action.assignments, &turn)
            guard let next = destination(of: goto.action.target, from: id, &turn) else { return }
            turn.transitions.append((states[id].name, states[next].name))
            id = next
        }
        turn.note("  stopped after \(Self.maxHops) automatic moves: the script loops")
    }

    /// Says a state's messages; its choices only when the conversation stays there (a state that moves on at once
    /// with a `goto` leaves the choices to the state it moves to).
    private func say(_ id: Int, _ turn: inout TurnResult, offeringChoices: Bool) {
        var said = 0
        // A state's messages mostly ask the same slot line after line (`say if region = uk:`, `say if region = us:`...),
        // and saying changes no slot: the last slot read is kept, rather than hashed again for each line.
        var last: (slot: String, value: String?)?
        func value(of slot: String) -> String? {
            if let last, last.slot == slot { return last.value }
            let value = turn.session.value(of: slot)
            last = (slot, value)
            return value
        }
        // The messages are read in place, not copied one by one with their variants and conditions.
        let messages = brain.states[id].messages
        // Room for every message (and the choices) at once: grown one append at a time, the replies were copied as they grew.
        turn.replies.reserveCapacity(turn.replies.count + messages.count + 1)
        for m in messages.indices where messages[m].condition?.holds({ value(of: $0) }) ?? true {
            let count = messages[m].variants.count
            let pick = count == 1 ? 0 : Int(turn.session.random.next() % UInt64(count))
            let text = messages[m].variants[pick].render { turn.session.value(of: $0) }
            turn.replies.append(Reply(text: text))
            said += 1
        }
        let choices = brain.states[id].choices
        guard offeringChoices, !choices.isEmpty else { return }
        let labels = choices.map(\.label)
        if said > 0 {
            turn.replies[turn.replies.count - 1].choices = labels
        } else {
            turn.replies.append(Reply(text: "", choices: labels))
        }
    }

    func assign(_ assignments: [Assignment], _ turn: inout TurnResult) {
        for assignment in assignments {
            if assignment.value.isEmpty {
                turn.session.slots[assignment.slot.name] = nil
            } else {
                turn.session.slots[assignment.slot.name] = assignment.value
            }
        }
    }

    func pushHistory(_ name: String, _ turn: inout TurnResult) {
        if turn.session.history.last != name { turn.session.history.append(name) }
        if turn.session.history.count > Self.maxHistory { turn.session.history.removeFirst() }
    }
}
