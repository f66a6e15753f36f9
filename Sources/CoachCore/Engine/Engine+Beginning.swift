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
