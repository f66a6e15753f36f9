import Foundation

/// Replaces each state's `use: BLOCK(ARG, ...)` lines by the block's lines, parameters filled in.
enum BlockExpander {
    static func expand(_ script: Script) -> (Script, [Diagnostic]) {
        var script = script
        var diagnostics: [Diagnostic] = []
        var blocks: [String: BlockDecl] = [:]
        for block in script.blocks {
            if let first = blocks[block.name.name] {
                diagnostics.append(.error("block '\(block.name.name)' is defined twice", at: block.name.location,
                                          notes: [Diagnostic(.note, "the first definition is here", at: first.name.location)]))
            } else {
                blocks[block.name.name] = block
            }
        }
        for index in script.states.indices where !script.states[index].uses.isEmpty {
            var state = script.states[index]
            for use in state.uses {
                guard let block = blocks[use.block.name] else {
                    diagnostics.append(.error("unknown block '\(use.block.name)'" + Suggestion.hint(for: use.block.name, in: blocks.keys.sorted()),
                                              at: use.block.location))
                    continue
                }
                guard block.parameters.count == use.arguments.count else {
                    diagnostics.append(.error("block '\(block.name.name)' takes \(block.parameters.count) argument(s), not \(use.arguments.count)",
                                              at: use.location, notes: [Diagnostic(.note, "the block is here", at: block.name.location)]))
                    continue
                }
                for line in block.lines {
                    let text = fill(line.text, Dictionary(zip(block.parameters.map(\.name), use.arguments.map(\.name)),
                                                         uniquingKeysWith: { a, _ in a }))
                    diagnostics += ScriptParser.parseStateLine(text, location: line.location, into: &state)
                }
            }
            script.states[index] = state
        }
        return (script, diagnostics)
    }

    /// `{name}` replaced by its argument wherever `name` is a parameter; other braces stay.
    static func fill(_ text: String, _ arguments: [String: String]) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"), let argument = arguments[String(rest[rest.index(after: open)..<close])] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += argument
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

