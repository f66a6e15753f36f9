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
        var expanded: [UseKey: Expansion] = [:]
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
                let arguments = use.arguments.map(\.name)
                let key = UseKey(block: block.name.name, arguments: arguments)
                if expanded[key] == nil {
                    let values = Dictionary(zip(block.parameters.map(\.name), arguments), uniquingKeysWith: { a, _ in a })
                    expanded[key] = Expansion(lines: block.lines.map { (fill($0.text, values), $0.location) })
                }
                // Lines that only add to a state are parsed once per block and arguments, and added to every
                // state that uses them so; an 'or' adds to the 'say' above it, so such lines are parsed in place.
                if expanded[key]!.isAdditive {
                    if expanded[key]!.parsed == nil {
                        var lines = StateDecl(name: state.name)
                        let found = parse(expanded[key]!.lines, into: &lines)
                        expanded[key]!.parsed = (lines, found)
                    }
                    let (lines, found) = expanded[key]!.parsed!
                    add(lines, to: &state)
                    diagnostics += found
                } else {
                    diagnostics += parse(expanded[key]!.lines, into: &state)
                }
            }
            script.states[index] = state
        }
        return (script, diagnostics)
    }

    /// A block and the arguments it is used with.
    private struct UseKey: Hashable {
        let block: String
        let arguments: [String]
    }

    /// A block's lines with the arguments of one use filled in, and, when they only add to a state, parsed.
    private struct Expansion {
        let lines: [(text: String, location: SourceLocation)]
        let isAdditive: Bool
        var parsed: (StateDecl, [Diagnostic])?

        init(lines: [(text: String, location: SourceLocation)]) {
            self.lines = lines
            isAdditive = !lines.contains { BlockExpander.fieldName($0.text) == "or" }
        }
    }

    /// Parses lines of a block into a state.
    private static func parse(_ lines: [(text: String, location: SourceLocation)], into state: inout StateDecl) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for line in lines {
            diagnostics += ScriptParser.parseStateLine(line.text, location: line.location, into: &state)
        }
        return diagnostics
    }

    /// The name a line starts with (after spaces and tabs), as the parser reads a field name.
    static func fieldName(_ text: String) -> Substring {
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start != utf8.endIndex, utf8[start] == 0x20 || utf8[start] == 0x09 { start = utf8.index(after: start) }
        var end = start
        while end != utf8.endIndex, LineCursor.isNameByte(utf8[end]) { end = utf8.index(after: end) }
        return text[start..<end]
    }

    /// Adds the lines parsed from a block to a state, as parsing them into it would.
    private static func add(_ lines: StateDecl, to state: inout StateDecl) {
        state.tags += lines.tags
        state.conditionalTags += lines.conditionalTags
        state.noticed += lines.noticed
        state.notInterruptedBy += lines.notInterruptedBy
        state.messages += lines.messages
        state.choices += lines.choices
        state.transitions += lines.transitions
        state.gotos += lines.gotos
        state.entryAssignments += lines.entryAssignments
        if let reprompt = lines.reprompt { state.reprompt = reprompt }
        if lines.looseChoices { state.looseChoices = true }
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

