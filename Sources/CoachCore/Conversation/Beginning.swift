/// How a new conversation begins: its seed, the transport's context and, for tools that start mid-dialogue
/// (transcript tests), slot values and a state other than the script's start.
public struct Beginning: Sendable, Equatable {
    /// The seed of new sessions; nil draws one per session.
    public var seed: UInt64?
    /// Values every new session starts with, such as `region`.
    public var context: [String: String]
    /// Slot values set before the first turn.
    public var slots: [String: String]
    /// The state to begin in, by name; nil for the script's `start`.
    public var state: String?

    public init(seed: UInt64? = nil, context: [String: String] = [:], slots: [String: String] = [:], state: String? = nil) {
        self.seed = seed
        self.context = context
        self.slots = slots
        self.state = state
    }
}

extension Engine {
    /// A new session as `beginning` describes it. One that begins at a named state is already under way (the coach
    /// has brought it there), so a first message it does not understand gets the fallback, not the greeting.
    public func newSession(_ beginning: Beginning, seed: UInt64) -> SessionState {
        var session = newSession(seed: seed, context: beginning.context)
        session.slots = beginning.slots
        if let state = beginning.state {
            session.state = state
            session.greeted = true
        }
        return session
    }
}
