/// W0502: an intent's `example:` also matches another intent that a state listens for beside it. An interrupt decides
/// before a state's lines, so it is no rival there, except in a state that names it `not interrupted by`, where it is
/// ranked with them by the words covered.
enum ExampleOverlapCheck {
    static func run(_ brain: Brain) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let interrupts = Set(brain.interrupts.map(\.intent))
        for (id, intent) in brain.intents.enumerated() where !intent.examples.isEmpty {
            let states = brain.states.filter { state in state.transitions.contains { $0.intents.contains(id) } }
            guard !states.isEmpty else { continue }
            for example in intent.examples {
                let hits = brain.analyze(example.text).hits
                var others: [Int: [String]] = [:]
                for state in states {
                    let ranked = Set(state.notInterruptedBy)
                    for other in Set(state.transitions.flatMap(\.intents)) where other != id && hits[other] != nil
                        && (!interrupts.contains(other) || ranked.contains(other)) {
                        others[other, default: []].append(state.name)
                    }
                }
                for (other, names) in others.sorted(by: { $0.key < $1.key }) {
                    let shown = names.count > 3 ? names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more" : names.joined(separator: ", ")
                    diagnostics.append(.warning("intents '\(intent.name)' and '\(brain.intents[other].name)' both match this example, and state \(shown) listens for both: the words covered decide", at: example.location))
                }
            }
        }
        return diagnostics
    }
}
