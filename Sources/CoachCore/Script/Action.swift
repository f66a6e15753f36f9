/// Where a transition goes, and the slots it sets on the way.
public struct Action: Hashable, Sendable {
    /// A destination: a state, or one of the built-in moves.
    public enum Target: Hashable, Sendable {
        /// A state by name.
        case state(String)
        /// `@back`: the state before this one.
        case back
        /// `@restart`: the start state, with slots cleared.
        case restart
        /// `@end`: the conversation is over.
        case end
        /// `@repeat`: enter the current state again.
        case `repeat`

        /// The target as written in a script.
        public var source: String {
            switch self {
            case .state(let name): return name
            case .back: return "@back"
            case .restart: return "@restart"
            case .end: return "@end"
            case .repeat: return "@repeat"
            }
        }
    }

    public var target: Target
    public var targetLocation: SourceLocation
    public var assignments: [Assignment]
}

/// `set slot = value`.
public struct Assignment: Hashable, Sendable {
    public var slot: Named
    /// The value; empty clears the slot.
    public var value: String
}
