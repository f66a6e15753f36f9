/// W0504: a `block` no state `use`s. A block's lines are read only where a state uses them, so the
/// mistakes in a block nobody uses go unreported until someone does.
enum UnusedBlockCheck {
    static func run(_ script: Script) -> [Diagnostic] {
        let used = Set(script.states.flatMap { $0.uses.map(\.block.name) })
        return script.blocks.filter { !used.contains($0.name.name) }.map {
            .warning("block '\($0.name.name)' is never used: no state has 'use: \($0.name.name)', so its lines are not checked", at: $0.name.location)
        }
    }
}
