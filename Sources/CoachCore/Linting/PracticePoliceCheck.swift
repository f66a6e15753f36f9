/// W0503: a role-play state (tag `practice`) without its own `on police_plan`, so "I'd call the police"
/// there launches the real emergency instead of counting as a Delegate answer.
enum PracticePoliceCheck {
    static let tag = "practice"
    static let intent = "police_plan"

    static func run(_ brain: Brain) -> [Diagnostic] {
        guard let police = brain.intentID(intent), brain.interrupts.contains(where: { $0.intent == police }) else { return [] }
        return brain.states.filter { state in
            state.tags.contains(tag) && !state.transitions.isEmpty && !state.transitions.contains { $0.intents.contains(police) }
        }.map {
            .warning("practice state '\($0.name)' does not handle the police plan: \"I'd call the police\" here launches the real emergency; add 'on \(intent) -> ...'", at: $0.location)
        }
    }
}
