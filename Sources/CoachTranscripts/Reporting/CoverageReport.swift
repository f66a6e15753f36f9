import CoachCore

/// Which states, transitions and intents of a dialogue a run exercised, and which it never did.
public struct CoverageReport: Sendable, Equatable {
    /// One kind of thing: how many of all were exercised, and those that were not, in the order written.
    public struct Part: Sendable, Equatable {
        public var total: Int
        public var exercised: [String]
        public var missed: [String]

        init(all: [String], exercised: (String) -> Bool) {
            total = all.count
            self.exercised = all.filter(exercised)
            missed = all.filter { !exercised($0) }
        }

        /// Whole percent, rounded down (so 100 means all); 100 when there is nothing to exercise.
        public var percent: Int { total == 0 ? 100 : exercised.count * 100 / total }
    }

    /// States entered (by a turn's end or on the way through a `goto`).
    public var states: Part
    /// Transitions written in the dialogue (`choice`, `on`, `goto`, and `* -> state` for interrupts) that were taken.
    /// `@back`, `@end` and `@repeat` go nowhere fixed, so they are not counted.
    public var transitions: Part
    /// Intents that decided a turn.
    public var intents: Part

    public init(brain: Brain, exercised: Exercised) {
        states = Part(all: brain.states.map(\.name)) { exercised.states.contains($0) }
        let taken = Set(exercised.transitions.map(\.description))
        transitions = Part(all: Self.transitions(of: brain).map(\.description)) { taken.contains($0) }
        intents = Part(all: brain.intents.map(\.name)) { exercised.intents.contains($0) }
    }

    /// Every fixed transition the dialogue declares, without repeats, in the order written; interrupts last.
    public static func transitions(of brain: Brain) -> [Exercised.Transition] {
        func target(_ action: CompiledAction) -> String? {
            switch action.target {
            case .state(let id): return brain.states[id].name
            case .restart: return brain.states[brain.start].name
            case .back, .end, .repeat: return nil
            }
        }
        var seen = Set<Exercised.Transition>()
        var all: [Exercised.Transition] = []
        func add(_ from: String, _ action: CompiledAction) {
            guard let to = target(action) else { return }
            let transition = Exercised.Transition(from: from, to: to)
            if seen.insert(transition).inserted { all.append(transition) }
        }
        for state in brain.states {
            for choice in state.choices { add(state.name, choice.action) }
            for transition in state.transitions { add(state.name, transition.action) }
            for goto in state.gotos { add(state.name, goto.action) }
        }
        for interrupt in brain.interrupts { add("*", interrupt.action) }
        return all
    }
}
