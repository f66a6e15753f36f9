/// Checks that need the whole script: unreachable states, unused intents, slots never set, goto loops.
struct ScriptChecks {
    let script: Script
    let contextSlots: Set<String>

    func run() -> [Diagnostic] {
        unsetSlots() + unreachableStates() + unusedIntents() + gotoLoops()
    }

    private func unsetSlots() -> [Diagnostic] {
        var assigned = contextSlots
        func assign(_ action: Action) { for assignment in action.assignments { assigned.insert(assignment.slot.name) } }
        for interrupt in script.interrupts { assign(interrupt.action) }
        for doubt in script.doubts { assign(doubt.action) }
        for state in script.states {
            state.choices.forEach { assign($0.action) }
            state.transitions.forEach { assign($0.action) }
            state.gotos.forEach { assign($0.action) }
            for assignment in state.entryAssignments { assigned.insert(assignment.slot.name) }
            // `notice: INTENT` sets the slot of the same name on every answer to the state.
            for name in state.noticed { assigned.insert(name.name) }
        }
        var seen: Set<String> = []
        var diagnostics: [Diagnostic] = []
        func read(_ slot: Named) {
            guard !assigned.contains(slot.name), seen.insert(slot.name).inserted else { return }
            diagnostics.append(.error("slot '\(slot.name)' is read but never set" + Suggestion.hint(for: slot.name, in: assigned.sorted()), at: slot.location))
        }
        for state in script.states {
            for message in state.messages {
                for variant in message.variants { variant.slots.forEach(read) }
                message.condition?.terms.forEach { read($0.slot) }
            }
            state.reprompt?.slots.forEach(read)
            for transition in state.transitions { transition.condition?.terms.forEach { read($0.slot) } }
            for goto in state.gotos { goto.condition?.terms.forEach { read($0.slot) } }
        }
        return diagnostics
    }

    private func unreachableStates() -> [Diagnostic] {
        guard let start = script.start else { return [] }
        // States by name (the first of a name), as indexes: no copy of a state per look-up.
        var byName: [String: Int] = [:]
        for (index, state) in script.states.enumerated() where byName[state.name.name] == nil { byName[state.name.name] = index }
        var reached: Set<String> = [start.name]
        var queue = [start.name]
        for action in script.interrupts.map(\.action) + script.doubts.map(\.action) {
            if case .state(let name) = action.target { queue.append(name); reached.insert(name) }
        }
        if let returning = script.returning { queue.append(returning.name); reached.insert(returning.name) }
        func visit(_ action: Action) {
            if case .state(let next) = action.target, reached.insert(next).inserted { queue.append(next) }
        }
        while let name = queue.popLast() {
            guard let index = byName[name] else { continue }
            let state = script.states[index]
            state.choices.forEach { visit($0.action) }
            state.transitions.forEach { visit($0.action) }
            state.gotos.forEach { visit($0.action) }
        }
        return script.states.filter { !reached.contains($0.name.name) }.map {
            .warning("state '\($0.name.name)' cannot be reached from '\(start.name)'", at: $0.name.location)
        }
    }

    private func unusedIntents() -> [Diagnostic] {
        var used = Set(script.interrupts.map(\.intent.name))
        for state in script.states {
            for transition in state.transitions { for intent in transition.intents { used.insert(intent.name) } }
            for intent in state.noticed { used.insert(intent.name) }
        }
        return script.intents.filter { !used.contains($0.name.name) }.map {
            .warning("intent '\($0.name.name)' is never used in an 'on' or 'interrupt' line", at: $0.name.location)
        }
    }

    private func gotoLoops() -> [Diagnostic] {
        var next: [String: (String, SourceLocation)] = [:]
        for state in script.states {
            if let goto = state.gotos.first(where: { $0.condition == nil }), case .state(let target) = goto.action.target {
                next[state.name.name] = (target, goto.location)
            }
        }
        var reported: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for state in script.states {
            if let goto = state.gotos.first(where: { $0.condition == nil }), goto.action.target == .repeat {
                diagnostics.append(.error("'goto: @repeat' loops forever: the state would enter itself again and again", at: goto.location))
            }
        }
        for state in script.states {
            var path: [String] = [state.name.name]
            var current = state.name.name
            while let (target, _) = next[current] {
                if target == state.name.name, reported.insert(state.name.name).inserted {
                    for name in path { reported.insert(name) }
                    let location = next[state.name.name]!.1
                    diagnostics.append(.error("'goto' loops forever: \((path + [target]).joined(separator: " -> "))", at: location))
                    break
                }
                if path.contains(target) || path.count > script.states.count { break }
                path.append(target)
                current = target
            }
        }
        return diagnostics
    }
}
