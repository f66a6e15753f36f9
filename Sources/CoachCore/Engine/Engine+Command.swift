extension Engine {
    /// Moves a transport can ask for directly (slash commands), whatever intents the script has.
    public enum Command: String, Sendable, CaseIterable {
        case back, restart
    }

    /// Performs a command as if the script had an interrupt for it.
    public func perform(_ command: Command, in session: SessionState) -> TurnResult {
        let (opened, current, isAfresh) = opening(session)
        var turn = opened
        if isAfresh {
            enter(current, &turn)
            return turn
        }
        turn.session.turns += 1
        turn.note("command /\(command.rawValue) in state \(session.state)")
        let target: CompiledAction.Target = command == .back ? .back : .restart
        perform(CompiledAction(target: target, assignments: []), from: current, &turn)
        return turn
    }
}
