extension CompileContext {
    /// The interrupts a state names in `not interrupted by:`, each an intent with an `interrupt` line (E0218), named once
    /// (E0219). One with no `on` line of its own in the state that always holds gets a line after the state's own lines,
    /// with the interrupt's target, so it is ranked with them by the words it covers (and loses their ties).
    mutating func rankedInterrupts(_ state: StateDecl, interrupts: [CompiledInterrupt],
                                   transitions: inout [CompiledState.Transition]) -> [Int] {
        let interrupting = Set(script.interrupts.map(\.intent.name))
        var ranked: [Int] = []
        for name in state.notInterruptedBy {
            guard interrupting.contains(name.name) else {
                if resolveIntent(name) != nil {
                    diagnostics.append(.error("'\(name.name)' has no interrupt line: 'not interrupted by' names interrupts", at: name.location))
                }
                continue
            }
            guard let intent = resolveIntent(name), let interrupt = interrupts.first(where: { $0.intent == intent }) else { continue }
            guard !ranked.contains(intent) else {
                diagnostics.append(.error("'\(name.name)' is named twice in 'not interrupted by'", at: name.location))
                continue
            }
            ranked.append(intent)
            if !transitions.contains(where: { $0.intents.contains(intent) && $0.condition == nil }) {
                transitions.append(.init(intents: [intent], condition: nil, action: interrupt.action))
            }
        }
        return ranked
    }
}
