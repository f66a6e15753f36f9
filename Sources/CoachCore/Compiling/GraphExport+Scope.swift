/// Which part of the dialogue `coach graph` draws: the states of one file, or those within a few steps
/// of one state.
public struct GraphScope: Sendable {
    /// A file name or the end of its path (`metro.coach`, `practice/metro.coach`).
    public var file: String?
    /// The state to start from, with `depth` steps of choices, `on` lines and `goto` lines around it.
    public var state: String?
    public var depth: Int

    public init(file: String? = nil, state: String? = nil, depth: Int = 2) {
        self.file = file
        self.state = state
        self.depth = depth
    }
}

extension GraphExport {
    /// DOT of the states in `scope`, with the states they lead to outside it drawn dashed. Edges between
    /// the same two states are merged, and an edge that many states share (the same answer leading to the
    /// same state from every D of a scene) is drawn once, from one node naming those states.
    /// nil when the scope selects no state.
    public static func dot(_ brain: Brain, scope: GraphScope) -> String? {
        let selected = select(brain, scope)
        guard !selected.isEmpty else { return nil }
        let quote = { (s: String) in JSONText.string(s) }
        // (from, to) -> labels, in order of first appearance.
        var order: [Pair] = []
        var labels: [Pair: [String]] = [:]
        var dashed: Set<Pair> = []
        func add(_ from: Int, _ action: CompiledAction, _ label: String, goto: Bool = false) {
            let to: Int
            switch action.target {
            case .state(let id): to = id
            case .repeat: to = from
            case .restart: to = brain.start
            case .back, .end: return
            }
            let pair = Pair(from: from, to: to)
            if labels[pair] == nil { order.append(pair) }
            if !(labels[pair]?.contains(label) ?? false) { labels[pair, default: []].append(label) }
            if goto { dashed.insert(pair) }
        }
        for id in selected.sorted() {
            let state = brain.states[id]
            for choice in state.choices { add(id, choice.action, "\"" + choice.label + "\"") }
            for transition in state.transitions {
                var label = transition.intents.isEmpty ? "any" : transition.intents.map { brain.intents[$0].name }.joined(separator: ", ")
                if let condition = transition.condition { label += " if " + condition.source }
                add(id, transition.action, label)
            }
            for goto in state.gotos { add(id, goto.action, goto.condition.map { "goto if " + $0.source } ?? "goto", goto: true) }
        }
        // Edges with the same target and label from 3 or more states: drawn once from a group node.
        var sources: [Edge: [Int]] = [:]
        for pair in order { sources[Edge(to: pair.to, label: labels[pair]!.joined(separator: ", ")), default: []].append(pair.from) }
        var groups: [[Int]] = []
        var grouped: Set<Pair> = []
        var groupEdges: [(group: Int, edge: Edge)] = []
        for pair in order {
            let edge = Edge(to: pair.to, label: labels[pair]!.joined(separator: ", "))
            guard let from = sources[edge], from.count >= 3, from.first == pair.from else { continue }
            let group: Int
            if let existing = groups.firstIndex(of: from) { group = existing } else { groups.append(from); group = groups.count - 1 }
            groupEdges.append((group, edge))
            for source in from { grouped.insert(Pair(from: source, to: pair.to)) }
        }
        var lines = ["digraph coach {", "  rankdir=LR;", "  node [shape=box, style=rounded, fontname=\"Helvetica\"];"]
        for id in selected.sorted() {
            let state = brain.states[id]
            var label = state.name
            if !state.tags.isEmpty { label += "\\n[" + state.tags.joined(separator: ", ") + "]" }
            lines.append("  \(quote(state.name)) [label=\(quote(label).replacingOccurrences(of: "\\\\n", with: "\\n"))\(id == brain.start ? ", penwidth=2" : "")];")
        }
        let outside = Set(order.map(\.to)).subtracting(selected).sorted()
        for id in outside { lines.append("  \(quote(brain.states[id].name)) [style=\"rounded,dashed\"];") }
        for (index, members) in groups.enumerated() {
            let names = members.map { brain.states[$0].name }
            lines.append("  \(quote("group\(index + 1)")) [shape=note, label=\(quote("any of \(names.count) states:\n" + names.joined(separator: "\n")).replacingOccurrences(of: "\\\\n", with: "\\n"))];")
            for member in members { lines.append("  \(quote(brain.states[member].name)) -> \(quote("group\(index + 1)")) [style=dotted, arrowhead=none];") }
        }
        for pair in order where !grouped.contains(pair) {
            let style = dashed.contains(pair) ? ", style=dashed" : ""
            lines.append("  \(quote(brain.states[pair.from].name)) -> \(quote(brain.states[pair.to].name)) [label=\(quote(labels[pair]!.joined(separator: ", ")))\(style)];")
        }
        for (group, edge) in groupEdges {
            lines.append("  \(quote("group\(group + 1)")) -> \(quote(brain.states[edge.to].name)) [label=\(quote(edge.label))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private struct Pair: Hashable { let from: Int, to: Int }
    private struct Edge: Hashable { let to: Int, label: String }

    /// The ids of the states in the scope.
    static func select(_ brain: Brain, _ scope: GraphScope) -> Set<Int> {
        var selected = Set<Int>()
        if let file = scope.file {
            for (id, state) in brain.states.enumerated() {
                let path = state.location.file
                if path == file || path.hasSuffix("/" + file) { selected.insert(id) }
            }
        }
        if let name = scope.state, let start = brain.stateID(name) {
            var frontier = [start]
            var reached: Set<Int> = [start]
            for _ in 0..<max(0, scope.depth) {
                var next: [Int] = []
                for id in frontier {
                    let state = brain.states[id]
                    let actions = state.choices.map(\.action) + state.transitions.map(\.action) + state.gotos.map(\.action)
                    for action in actions {
                        if case .state(let to) = action.target, reached.insert(to).inserted { next.append(to) }
                    }
                }
                frontier = next
            }
            selected.formUnion(reached)
        }
        return selected
    }
}
