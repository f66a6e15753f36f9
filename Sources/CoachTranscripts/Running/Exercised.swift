/// What a run touched in the dialogue: the states entered, the transitions taken, the intents matched.
public struct Exercised: Sendable, Equatable {
    /// A move between two states; `from` is `*` for an interrupt, which can fire in any state.
    public struct Transition: Hashable, Sendable, CustomStringConvertible {
        public var from: String
        public var to: String
        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
        public var description: String { "\(from) -> \(to)" }
    }

    public var states: Set<String> = []
    public var transitions: Set<Transition> = []
    public var intents: Set<String> = []

    public init() {}

    /// Adds everything `other` touched.
    public mutating func formUnion(_ other: Exercised) {
        states.formUnion(other.states)
        transitions.formUnion(other.transitions)
        intents.formUnion(other.intents)
    }
}
