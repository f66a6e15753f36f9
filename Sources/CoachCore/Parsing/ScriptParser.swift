/// Parses one dialogue file, line by line, collecting every mistake rather than stopping at the first.
struct ScriptParser {
    static let topLevelWords = ["include", "dictionary", "learn", "start", "returning", "interrupt", "doubt", "fallback", "menu", "intent", "state", "concept", "frame", "block"]
    static let intentFields = ["keywords", "pattern", "regex", "unless", "like", "not in", "only in", "example", "not example",
                               "negation", "match", "priority", "heard in labels"]
    static let stateFields = ["tags", "say", "or", "choice", "choices", "on", "goto", "set", "reprompt", "use", "notice",
                              "not interrupted by"]

    private enum Block { case none, intent(Int), state(Int), concept(Int), frame(Int), block(Int) }

    let file: String
    private var result = ParsedFile()
    private var block = Block.none

    init(file: String) { self.file = file }

    /// Parses `text`, whose diagnostics name `file`.
    static func parse(_ text: String, file: String) -> ParsedFile {
        var parser = ScriptParser(file: file)
        var number = 0
        for rawLine in text.sourceLines {
            number += 1
            parser.parseLine(rawLine, number: number)
        }
        return parser.result
    }

    private mutating func parseLine(_ text: Substring, number: Int) {
        var cursor = LineCursor(file: file, line: number, text: text)
        cursor.skipSpaces()
        if cursor.isAtEnd || cursor.bytes[cursor.position] == UInt8(ascii: "#") { return }
        if cursor.position == 0 {
            parseTopLevel(&cursor)
        } else {
            parseField(&cursor)
        }
    }

    // MARK: Top level

    private mutating func parseTopLevel(_ cursor: inout LineCursor) {
        let wordStart = cursor.location
        guard let word = cursor.readName()?.name else {
            return error("expected a directive such as 'state' or 'intent'", at: wordStart)
        }
        switch word {
        case "include":
            guard let file = expectPath(&cursor, what: "a file name after 'include'") else { return }
            result.includes.append(file)
            block = .none
        case "dictionary":
            guard let file = expectPath(&cursor, what: "a word list file after 'dictionary'") else { return }
            result.dictionaries.append(file)
            block = .none
        case "learn":
            // `learn FILE over a, b`: the path ends where " over " starts.
            var over: [Named] = []
            var end = cursor
            if let at = cursor.find(" over ") {
                end = LineCursor(file: cursor.file, line: cursor.line, text: Substring(cursor.text(0..<at)), position: cursor.position)
            }
            guard let file = expectPath(&end, what: "an examples file (label, tab, message) after 'learn'") else { return }
            if end.count < cursor.count {
                cursor.position = end.count
                _ = cursor.consumeWord("over")
                over = parseNameList(&cursor)
                expectEnd(&cursor)
            }
            result.learnFiles.append((file.path, file.location, over))
            block = .none
        case "start", "returning":
            guard let name = expectName(&cursor, what: "a state name after '\(word)'") else { return }
            let previous = word == "start" ? result.script.start : result.script.returning
            if let previous { return duplicateLine(word, at: wordStart, first: previous.location) }
            if word == "start" { result.script.start = name } else { result.script.returning = name }
            expectEnd(&cursor)
            block = .none
        case "interrupt":
            guard let intent = expectName(&cursor, what: "an intent name after 'interrupt'") else { return }
            guard expectArrow(&cursor), let action = parseAction(&cursor) else { return }
            result.script.interrupts.append(.init(intent: intent, action: action, location: intent.location))
            block = .none
        case "doubt":
            // `doubt danger, danger_hurt unless danger_learned -> ask_now`
            let intents = parseNameList(&cursor)
            guard !intents.isEmpty else { return }
            guard cursor.consumeWord("unless") else {
                cursor.skipSpaces()
                return error("expected 'unless' and the learned intent whose words the interrupts need", at: cursor.location)
            }
            guard let learned = expectName(&cursor, what: "a learned intent after 'unless'") else { return }
            // `by 9`: the lead of `none` that doubts, for interrupts whose misses cost more than their false alarms.
            var margin: Double?
            if cursor.consumeWord("by") {
                cursor.skipSpaces()
                let start = cursor.location
                guard let number = cursor.readName(), let value = Double(number.name), value >= 0.1, value <= 100 else {
                    return error("expected the lead after 'by': a number from 0.1 to 100, as in 'by 9'", at: start)
                }
                margin = (value * 100).rounded() / 100  // hundredths, as the brain's cache keeps it
            }
            guard expectArrow(&cursor), let action = parseAction(&cursor) else { return }
            result.script.doubts.append(.init(intents: intents, learned: learned, margin: margin, action: action))
            block = .none
        case "fallback", "menu":
            guard let template = parseTextField(&cursor) else { return }
            let previous = word == "fallback" ? result.script.fallbackText : result.script.menuText
            if let previous { return duplicateLine(word, at: wordStart, first: previous.location) }
            if word == "fallback" { result.script.fallbackText = template } else { result.script.menuText = template }
            block = .none
        case "intent":
            guard let name = expectName(&cursor, what: "an intent name after 'intent'") else { return }
            expectEnd(&cursor)
            result.script.intents.append(IntentDecl(name: name))
            block = .intent(result.script.intents.count - 1)
        case "state":
            guard let name = expectName(&cursor, what: "a state name after 'state'") else { return }
            expectEnd(&cursor)
            result.script.states.append(StateDecl(name: name))
            block = .state(result.script.states.count - 1)
        case "concept":
            guard let name = expectName(&cursor, what: "a concept name after 'concept'") else { return }
            var concept = ConceptDecl(name: name)
            if cursor.consume(":") { concept.members = PatternListParser.parse(&cursor, diagnostics: &result.diagnostics) } else { expectEnd(&cursor) }
            result.script.concepts.append(concept)
            block = .concept(result.script.concepts.count - 1)
        case "frame":
            guard let name = expectName(&cursor, what: "a frame name after 'frame'") else { return }
            expectEnd(&cursor)
            result.script.frames.append(FrameDecl(name: name))
            block = .frame(result.script.frames.count - 1)
        case "block":
            guard let name = expectName(&cursor, what: "a block name after 'block'") else { return }
            let parameters = parseParameters(&cursor)
            expectEnd(&cursor)
            result.script.blocks.append(BlockDecl(name: name, parameters: parameters))
            block = .block(result.script.blocks.count - 1)
        default:
            if Self.intentFields.contains(word) || Self.stateFields.contains(word) {
                return error("'\(word)' must be indented under a 'state' or 'intent' line", at: wordStart)
            }
            error("unknown directive '\(word)'" + Suggestion.hint(for: word, in: Self.topLevelWords), at: wordStart)
        }
    }

    // MARK: Fields

    private mutating func parseField(_ cursor: inout LineCursor) {
        let start = cursor.location
        if case .concept(let index) = block {
            // `keywords: knife, gun` under a concept would silently make "keywords knife" a member.
            var probe = cursor
            if let field = probe.readName(), probe.consume(":") {
                return error("a concept lists its members without a field name: write them without '\(field.name):'", at: start)
            }
            result.script.concepts[index].members += PatternListParser.parse(&cursor, diagnostics: &result.diagnostics)
            return
        }
        if case .block(let index) = block {
            result.script.blocks[index].lines.append(BlockDecl.Line(text: cursor.text(cursor.position..<cursor.count),
                                                                    location: cursor.location))
            return
        }
        guard let word = Self.readFieldName(&cursor) else {
            return error("expected a field name such as 'say' or 'keywords'", at: start)
        }
        switch block {
        case .none:
            error("'\(word)' is indented but not under a 'state' or 'intent' line", at: start)
        case .intent(let index):
            guard Self.intentFields.contains(word) else {
                return error(unknownField(word, in: "intent", fields: Self.intentFields), at: start)
            }
            IntentFieldParser.parse(word, &cursor, into: &result.script.intents[index], diagnostics: &result.diagnostics)
        case .state(let index):
            guard Self.stateFields.contains(word) else {
                return error(unknownField(word, in: "state", fields: Self.stateFields), at: start)
            }
            var state = result.script.states[index]
            parseStateField(word, &cursor, into: &state)
            result.script.states[index] = state
        case .frame(let index):
            guard FrameFieldParser.fields.contains(word) else {
                return error("unknown frame field '\(word)'" + Suggestion.hint(for: word, in: FrameFieldParser.fields), at: start)
            }
            FrameFieldParser.parse(word, &cursor, into: &result.script.frames[index], diagnostics: &result.diagnostics)
        case .concept, .block:
            break
        }
    }

    private func unknownField(_ word: String, in kind: String, fields: [String]) -> String {
        let other = kind == "state" ? Self.intentFields : Self.stateFields
        if other.contains(word) { return "'\(word)' belongs in an \(kind == "state" ? "intent" : "state"), not a \(kind)" }
        return "unknown \(kind) field '\(word)'" + Suggestion.hint(for: word, in: fields)
    }

    private mutating func parseStateField(_ word: String, _ cursor: inout LineCursor, into state: inout StateDecl) {
        let location = cursor.location(at: cursor.position - word.count)
        switch word {
        case "tags":
            if let condition = parseOptionalCondition(&cursor) {
                guard expectColon(&cursor) else { return }
                state.conditionalTags.append(.init(condition: condition, tags: parseNameList(&cursor)))
                return
            }
            guard expectColon(&cursor) else { return }
            state.tags += parseNameList(&cursor)
        case "notice":
            guard expectColon(&cursor) else { return }
            state.noticed += parseNameList(&cursor)
        case "not interrupted by":
            guard expectColon(&cursor) else { return }
            state.notInterruptedBy += parseNameList(&cursor)
        case "say":
            let condition = parseOptionalCondition(&cursor)
            guard let template = parseTextField(&cursor) else { return }
            state.messages.append(.init(condition: condition, variants: [template], location: location))
        case "or":
            guard let template = parseTextField(&cursor) else { return }
            if state.messages.isEmpty { return error("'or' adds a variant to the 'say' above it, but there is none", at: location) }
            state.messages[state.messages.count - 1].variants.append(template)
        case "reprompt":
            guard let template = parseTextField(&cursor) else { return }
            state.reprompt = template
        case "choice":
            guard expectColon(&cursor) else { return }
            cursor.skipSpaces()
            guard let arrow = cursor.find("->") else { return error("expected '->' and a target after the choice label", at: cursor.location) }
            let label = cursor.text(cursor.position..<arrow).trimmingSpaces
            if label.isEmpty { return error("expected a label before '->'", at: cursor.location) }
            cursor.position = arrow + 2
            guard let action = parseAction(&cursor) else { return }
            state.choices.append(.init(label: label, action: action, location: location))
        case "choices":
            guard expectColon(&cursor) else { return }
            cursor.skipSpaces()
            let at = cursor.location
            switch cursor.readName()?.name {
            case "loose": state.looseChoices = true
            case "exact": state.looseChoices = false
            default: return error("expected 'loose' or 'exact' after 'choices:'", at: at)
            }
            expectEnd(&cursor)
        case "on":
            var intents: [Named] = []
            if !cursor.consumeWord("any") {
                intents = parseNameList(&cursor, stopAtKeyword: true)
                if intents.isEmpty { return error("expected an intent name or 'any' after 'on'", at: cursor.location) }
            }
            let condition = parseOptionalCondition(&cursor)
            guard expectArrow(&cursor), let action = parseAction(&cursor) else { return }
            state.transitions.append(.init(intents: intents, condition: condition, action: action, location: location))
        case "goto":
            let condition = parseOptionalCondition(&cursor)
            guard expectColon(&cursor), let action = parseAction(&cursor) else { return }
            state.gotos.append(.init(condition: condition, action: action, location: location))
        case "set":
            guard expectColon(&cursor) else { return }
            state.entryAssignments += parseAssignments(&cursor)
        case "use":
            guard expectColon(&cursor), let name = expectName(&cursor, what: "a block name after 'use:'") else { return }
            let arguments = parseParameters(&cursor)
            expectEnd(&cursor)
            state.uses.append(.init(block: name, arguments: arguments, location: location))
        default:
            break
        }
    }

    // MARK: Pieces

    /// `(a, b)` after a block name, or none.
    private mutating func parseParameters(_ cursor: inout LineCursor) -> [Named] {
        guard cursor.consume("(") else { return [] }
        var names: [Named] = []
        repeat {
            guard let name = expectName(&cursor, what: "a name") else { return names }
            names.append(name)
        } while cursor.consume(",")
        if !cursor.consume(")") { error("expected ')'", at: cursor.location) }
        return names
    }

    /// Parses one field line of a state: used when a `block` is expanded into a state that `use`s it.
    static func parseStateLine(_ text: String, location: SourceLocation, into state: inout StateDecl) -> [Diagnostic] {
        var parser = ScriptParser(file: location.file)
        // The block line's own indentation, so columns point into the block as written.
        let indented = String(repeating: " ", count: max(0, location.column - 1)) + text
        var cursor = LineCursor(file: location.file, line: location.line, text: Substring(indented))
        cursor.skipSpaces()
        let start = cursor.location
        guard let word = Self.readFieldName(&cursor) else {
            return [.error("expected a field name such as 'on' or 'choice'", at: location)]
        }
        if word == "use" { return [.error("'use' cannot be used in a block", at: start)] }
        guard Self.stateFields.contains(word) else {
            return [.error("'\(word)' cannot be used in a block" + Suggestion.hint(for: word, in: Self.stateFields), at: start)]
        }
        parser.parseStateField(word, &cursor, into: &state)
        return parser.result.diagnostics
    }

    /// A field's name, of one to three words: "say", "not in", "undone by", "heard in labels", "not interrupted by".
    static func readFieldName(_ cursor: inout LineCursor) -> String? {
        guard var word = cursor.readName()?.name else { return nil }
        if word == "not" || word == "only" || word == "undone", let second = cursor.readName()?.name {
            word += " " + second
            if word == "not interrupted", let third = cursor.readName()?.name { word += " " + third }
        } else if word == "heard" {
            for _ in 0..<2 { if let next = cursor.readName()?.name { word += " " + next } }
        }
        return word
    }

    private mutating func parseTextField(_ cursor: inout LineCursor) -> Template? {
        guard expectColon(&cursor) else { return nil }
        cursor.skipSpaces()
        let location = cursor.location
        if cursor.isAtEnd { error("expected text after ':'", at: location); return nil }
        return TemplateParser.parse(&cursor, diagnostics: &result.diagnostics)
    }

    private mutating func parseOptionalCondition(_ cursor: inout LineCursor) -> Condition? {
        guard cursor.consumeWord("if") else { return nil }
        return ConditionParser.parse(&cursor, diagnostics: &result.diagnostics)
    }

    mutating func parseAction(_ cursor: inout LineCursor) -> Action? {
        guard let target = expectName(&cursor, what: "a state name or @back, @restart, @end, @repeat") else { return nil }
        let kind: Action.Target
        switch target.name {
        case "@back": kind = .back
        case "@restart": kind = .restart
        case "@end": kind = .end
        case "@repeat": kind = .repeat
        default:
            if target.name.hasPrefix("@") {
                let builtins = ["@back", "@restart", "@end", "@repeat"]
                error("unknown built-in target '\(target.name)'" + Suggestion.hint(for: target.name, in: builtins), at: target.location)
                return nil
            }
            kind = .state(target.name)
        }
        var assignments: [Assignment] = []
        while cursor.consume(";") {
            guard cursor.consumeWord("set") else {
                error("expected 'set' after ';'", at: cursor.location)
                return nil
            }
            assignments += parseAssignments(&cursor)
        }
        expectEnd(&cursor)
        return Action(target: kind, targetLocation: target.location, assignments: assignments)
    }

    private mutating func parseAssignments(_ cursor: inout LineCursor) -> [Assignment] {
        var assignments: [Assignment] = []
        repeat {
            guard let slot = expectName(&cursor, what: "a slot name") else { return assignments }
            guard cursor.consume("=") else {
                error("expected '=' after slot '\(slot.name)'", at: cursor.location)
                return assignments
            }
            cursor.skipSpaces()
            let value = ConditionParser.readValue(&cursor)
            assignments.append(Assignment(slot: slot, value: value))
        } while cursor.consume(",")
        return assignments
    }

    private mutating func parseNameList(_ cursor: inout LineCursor, stopAtKeyword: Bool = false) -> [Named] {
        var names: [Named] = []
        repeat {
            if stopAtKeyword {
                let saved = cursor.position
                if cursor.consumeWord("if") { cursor.position = saved; break }
            }
            guard let name = expectName(&cursor, what: "a name") else { return names }
            names.append(name)
        } while cursor.consume(",")
        return names
    }

    /// The rest of the line as a file path, with where it starts; nil (with an error there) when it is empty.
    private mutating func expectPath(_ cursor: inout LineCursor, what: String) -> (path: String, location: SourceLocation)? {
        cursor.skipSpaces()
        let path = cursor.rest.trimmingSpaces
        if path.isEmpty {
            error("expected \(what)", at: cursor.location)
            return nil
        }
        return (path, cursor.location)
    }

    private mutating func expectName(_ cursor: inout LineCursor, what: String) -> Named? {
        cursor.expectName(what, into: &result.diagnostics)
    }

    private mutating func expectColon(_ cursor: inout LineCursor) -> Bool {
        cursor.expect(":", "expected ':'", into: &result.diagnostics)
    }

    private mutating func expectArrow(_ cursor: inout LineCursor) -> Bool {
        cursor.expect("->", "expected '->' and a target", into: &result.diagnostics)
    }

    private mutating func expectEnd(_ cursor: inout LineCursor) {
        cursor.expectEnd(into: &result.diagnostics)
    }

    private mutating func duplicateLine(_ word: String, at location: SourceLocation, first: SourceLocation) {
        result.diagnostics.append(.error("a second '\(word)'", at: location, notes: [Diagnostic(.note, "the first '\(word)' is here", at: first)]))
    }

    private mutating func error(_ message: String, at location: SourceLocation) {
        result.diagnostics.append(.error(message, at: location))
    }
}


