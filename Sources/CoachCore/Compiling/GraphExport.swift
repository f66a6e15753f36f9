import Foundation

/// Graphviz DOT of a brain's states and transitions, so a trainer can see the dialogue as a picture.
public enum GraphExport {
    public static func dot(_ brain: Brain) -> String {
        var lines = ["digraph coach {", "  rankdir=LR;", "  node [shape=box, style=rounded, fontname=\"Helvetica\"];"]
        let quote = { (s: String) in JSONText.string(s) }
        for (id, state) in brain.states.enumerated() {
            var label = state.name
            if !state.tags.isEmpty { label += "\\n[" + state.tags.joined(separator: ", ") + "]" }
            let shape = id == brain.start ? ", penwidth=2" : ""
            lines.append("  \(quote(state.name)) [label=\(quote(label).replacingOccurrences(of: "\\\\n", with: "\\n"))\(shape)];")
        }
        func target(_ action: CompiledAction, from state: String) -> String? {
            switch action.target {
            case .state(let id): return brain.states[id].name
            case .repeat: return state
            case .restart: return brain.states[brain.start].name
            case .back, .end: return nil
            }
        }
        for state in brain.states {
            for choice in state.choices {
                if let to = target(choice.action, from: state.name) {
                    lines.append("  \(quote(state.name)) -> \(quote(to)) [label=\(quote("\"" + choice.label + "\""))];")
                }
            }
            for transition in state.transitions {
                guard let to = target(transition.action, from: state.name) else { continue }
                var label = transition.intents.isEmpty ? "any" : transition.intents.map { brain.intents[$0].name }.joined(separator: ", ")
                if let condition = transition.condition { label += " if " + condition.source }
                lines.append("  \(quote(state.name)) -> \(quote(to)) [label=\(quote(label))];")
            }
            for goto in state.gotos {
                guard let to = target(goto.action, from: state.name) else { continue }
                let label = goto.condition.map { "goto if " + $0.source } ?? "goto"
                lines.append("  \(quote(state.name)) -> \(quote(to)) [label=\(quote(label)), style=dashed];")
            }
        }
        lines.append("  \"*\" [shape=plaintext, label=\"any state\"];")
        for interrupt in brain.interrupts {
            if let to = target(interrupt.action, from: "*") {
                lines.append("  \"*\" -> \(quote(to)) [label=\(quote(brain.intents[interrupt.intent].name)), color=red];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
