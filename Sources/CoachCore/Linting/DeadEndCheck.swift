/// W0501: a state with no choice, no `on` line and no `goto`: only an interrupt leads out of it.
enum DeadEndCheck {
    static func run(_ brain: Brain) -> [Diagnostic] {
        brain.states.filter { $0.choices.isEmpty && $0.transitions.isEmpty && $0.gotos.isEmpty }.map {
            .warning("state '\($0.name)' is a dead end: no choice, 'on' line or 'goto' leads out of it, only the interrupts", at: $0.location)
        }
    }
}
