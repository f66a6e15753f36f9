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
                    var text = line.text
                    for (parameter, argument) in zip(block.parameters, use.arguments) {
                        text = text.replacingOccurrences(of: "{\(parameter.name)}", with: argument.name)
                    }
                    diagnostics += ScriptParser.parseStateLine(text, location: line.location, into: &state)
                }
            }
            script.states[index] = state
        }
        return (script, diagnostics)
    }
}

