/// How a new conversation begins: its seed, the transport's context and, for tools that start mid-dialogue
/// (transcript tests), slot values and a state other than the script's start.
public struct Beginning: Sendable, Equatable {
    /// The seed of every new session; nil: the service's `seeds` gives one per session.
    public var seed: UInt64?
    /// Values every new session starts with, such as `region`.
    public var context: [String: String]
    /// Slot values set before the first turn.
    public var slots: [String: String]
    /// The state to begin in, by name; nil for the script's `start`.
    public var state: String?

    /// A beginning at the script's start unless `state` names another.
    public init(seed: UInt64? = nil, context: [String: String] = [:], slots: [String: String] = [:], state: String? = nil) {
        self.seed = seed
        self.context = context
        self.slots = slots
        self.state = state
    }
}
