/// Choices heard through their labels' intents (`heard in labels: yes`): a label such as "That's all for now" matches
/// `enough`, so a typed "ok that's all i need" picks it in every state that offers it, with no `on enough` line there.
enum LabelHearing {
    /// `states` with each choice's `heardIntents` filled from its label, read by `brain` (made from `states`), and
    /// each state listening for them. Only intents in `heard` count, only choices that stay in the conversation (a
    /// state, not `@back`, `@restart`, `@end` or `@repeat`), and only where the intent covers at least half of the
    /// label's words ("Next steps" hears `next`, "Practise for next time" does not). Where several choices of a state
    /// hear one intent, the one whose label it covers the most of keeps it; on a tie between different targets, none.
    static func hear(_ heard: Set<Int>, in states: [CompiledState], by brain: Brain) -> [CompiledState] {
        // Many states offer the same label: each is read once, as the share of its words each heard intent covers.
        var read: [String: [(intent: Int, share: Double)]] = [:]
        func intents(of label: String) -> [(intent: Int, share: Double)] {
            if let known = read[label] { return known }
            let analysis = brain.analyze(label)
            let words = Double(max(analysis.normalized.spans.count, 1))
            let found = analysis.hits.values.filter { heard.contains($0.intent) }
                .map { (intent: $0.intent, share: min(Double($0.score) / words, 1)) }
                .filter { $0.share >= 0.5 }
            read[label] = found.sorted { $0.intent < $1.intent }
            return read[label]!
        }
        return states.map { state in
            // Per intent, the choice whose label it covers the most of (nil after a tie between different targets).
            var owner: [Int: (choice: Int?, share: Double)] = [:]
            for (index, choice) in state.choices.enumerated() {
                guard case .state = choice.action.target else { continue }
                for (intent, share) in intents(of: choice.label) {
                    guard let best = owner[intent] else { owner[intent] = (index, share); continue }
                    if share > best.share {
                        owner[intent] = (index, share)
                    } else if share == best.share, best.choice.map({ state.choices[$0].action.target != choice.action.target }) ?? true {
                        owner[intent] = (nil, share)
                    }
                }
            }
            guard !owner.isEmpty else { return state }
            var listening = state.listening
            var choices = state.choices
            for (intent, best) in owner.sorted(by: { $0.key < $1.key }) {
                guard let index = best.choice else { continue }
                choices[index].heardIntents.append(intent)
                listening.insert(intent)
            }
            return CompiledState(name: state.name, tags: state.tags, conditionalTags: state.conditionalTags, noticed: state.noticed,
                                 messages: state.messages, choices: choices, transitions: state.transitions, gotos: state.gotos,
                                 entryAssignments: state.entryAssignments, reprompt: state.reprompt,
                                 looseChoices: state.looseChoices, notInterruptedBy: state.notInterruptedBy, location: state.location,
                                 listening: listening)
        }
    }
}
