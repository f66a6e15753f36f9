extension Engine {
    /// Starts a prepared session (its state, slots and context already set): the coach speaks first,
    /// from the session's state. Tools such as transcript tests use it to begin mid-dialogue.
    public func start(from session: SessionState) -> TurnResult {
        var turn = TurnResult(session: session, tracing: tracing)
        let id = brain.stateID(session.state) ?? brain.start
        turn.session.state = brain.states[id].name
        turn.note("start in state \(brain.states[id].name)")
        enter(id, &turn)
        return turn
    }
}
