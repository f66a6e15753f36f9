// The brain itself and its intents, states, frames and actions.

extension Brain {
    func archive(into writer: inout ArchiveWriter) {
        writer.array(intents)
        writer.array(states)
        writer.array(interrupts)
        writer.int(start)
        writer.optional(returning)
        writer.optional(fallbackText)
        writer.optional(menuText)
        index.archive(into: &writer)
        patterns.archive(into: &writer)
        writer.optional(speller)
        writer.array(frames)
        writer.array(learnedModels)
    }

    convenience init(from reader: inout ArchiveReader) throws {
        let intents = try reader.array(CompiledIntent.self)
        let states = try reader.array(CompiledState.self)
        let interrupts = try reader.array(CompiledInterrupt.self)
        let start = try reader.int(in: 0..<states.count)
        let returning = try reader.optional(Int.self)
        if let returning, !states.indices.contains(returning) { throw ArchiveReader.Damaged() }
        let fallbackText = try reader.optional(Template.self)
        let menuText = try reader.optional(Template.self)
        let index = try IntentIndex(from: &reader)
        let patterns = try PatternIndex(from: &reader)
        let speller = try reader.optional(Speller.self)
        let frames = try reader.array(CompiledFrame.self)
        let learnedModels = try reader.array(LearnedModel.self)
        for interrupt in interrupts where interrupt.doubt.map({ !learnedModels.indices.contains($0.model) }) ?? false {
            throw ArchiveReader.Damaged()
        }
        for learned in learnedModels where !learned.intents.union(learned.over).allSatisfy(intents.indices.contains) {
            throw ArchiveReader.Damaged()
        }
        for state in states {
            for goto in state.gotos { if case .state(let id) = goto.action.target, !states.indices.contains(id) { throw ArchiveReader.Damaged() } }
        }
        self.init(intents: intents, states: states, interrupts: interrupts, start: start, returning: returning,
                  fallbackText: fallbackText, menuText: menuText, index: index, patterns: patterns, speller: speller,
                  frames: frames, learnedModels: learnedModels)
    }
}

extension CompiledIntent: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.string(name)
        writer.bool(negationCancels)
        writer.array(cancellingFrames)
        writer.array(requiredFrames)
        writer.array(examples)
        writer.array(counterexamples)
        writer.bool(wholeMessage)
        writer.bool(highPriority)
        location.archive(into: &writer)
    }
    init(from reader: inout ArchiveReader) throws {
        self.init(name: try reader.string(), negationCancels: try reader.bool(), cancellingFrames: try reader.array(),
                  requiredFrames: try reader.array(), examples: try reader.array(), counterexamples: try reader.array(),
                  wholeMessage: try reader.bool(), highPriority: try reader.bool(), location: try SourceLocation(from: &reader))
    }
}

extension CompiledFrame: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.string(name)
        scope.archive(into: &writer)
        location.archive(into: &writer)
    }
    init(from reader: inout ArchiveReader) throws {
        self.init(name: try reader.string(), scope: try FrameDecl.Scope(from: &reader), location: try SourceLocation(from: &reader))
    }
}

extension CompiledAction: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        switch target {
        case .state(let id): writer.int(0); writer.int(id)
        case .back: writer.int(1)
        case .restart: writer.int(2)
        case .end: writer.int(3)
        case .repeat: writer.int(4)
        }
        writer.array(assignments)
    }
    init(from reader: inout ArchiveReader) throws {
        let target: Target
        switch try reader.int() {
        case 0: target = .state(try reader.int(in: 0..<Int(Int32.max)))
        case 1: target = .back
        case 2: target = .restart
        case 3: target = .end
        case 4: target = .repeat
        default: throw ArchiveReader.Damaged()
        }
        self.init(target: target, assignments: try reader.array())
    }
}

extension CompiledInterrupt: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.int(intent)
        action.archive(into: &writer)
        writer.optional(doubt.map(\.model))
        if let doubt {
            writer.int(Int((doubt.margin * 100).rounded()))
            doubt.action.archive(into: &writer)
        }
    }
    init(from reader: inout ArchiveReader) throws {
        let intent = try reader.int()
        let action = try CompiledAction(from: &reader)
        let model = try reader.optional(Int.self)
        let doubt = try model.map { model in
            let margin = Double(try reader.int(in: 1..<10_001)) / 100
            return CompiledDoubt(model: model, margin: margin, action: try CompiledAction(from: &reader))
        }
        self.init(intent: intent, action: action, doubt: doubt)
    }
}

extension CompiledState.Choice: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.string(label)
        writer.array(labelStems)
        writer.array(labelStemSet)
        action.archive(into: &writer)
        writer.array(heardIntents)
    }
    init(from reader: inout ArchiveReader) throws {
        self.init(label: try reader.string(), labelStems: try reader.array(), labelStemSet: try reader.array(),
                  action: try CompiledAction(from: &reader), heardIntents: try reader.array())
    }
}

extension CompiledState.Transition: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.array(intents)
        writer.optional(condition)
        action.archive(into: &writer)
    }
    init(from reader: inout ArchiveReader) throws {
        self.init(intents: try reader.array(), condition: try reader.optional(), action: try CompiledAction(from: &reader))
    }
}

extension CompiledState.Goto: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.optional(condition)
        action.archive(into: &writer)
    }
    init(from reader: inout ArchiveReader) throws {
        self.init(condition: try reader.optional(), action: try CompiledAction(from: &reader))
    }
}

extension IntentSet: Archivable {
    func archive(into writer: inout ArchiveWriter) { writer.uint64s(words) }
    init(from reader: inout ArchiveReader) throws { self.init(words: try reader.uint64s()) }
}

extension CompiledState: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.string(name)
        writer.shared(tags) { $0.array($1) }
        writer.shared(conditionalTags) { writer, conditionalTags in
            writer.int(conditionalTags.count)
            for (condition, tags) in conditionalTags {
                condition.archive(into: &writer)
                writer.array(tags)
            }
        }
        writer.shared(noticed) { $0.array($1) }
        writer.shared(messages) { $0.array($1) }
        writer.shared(choices) { $0.array($1) }
        writer.shared(transitions) { $0.array($1) }
        writer.shared(gotos) { $0.array($1) }
        writer.shared(entryAssignments) { $0.array($1) }
        writer.shared(reprompt) { $0.optional($1) }
        writer.bool(looseChoices)
        writer.array(notInterruptedBy)
        location.archive(into: &writer)
        listening.archive(into: &writer)
    }
    init(from reader: inout ArchiveReader) throws {
        let name = try reader.string()
        let tags = try reader.shared { try $0.array(String.self) }
        let conditionalTags = try reader.shared { reader in
            var conditionalTags: [(condition: Condition, tags: [String])] = []
            for _ in 0..<(try reader.count()) {
                conditionalTags.append((try Condition(from: &reader), try reader.array(String.self)))
            }
            return conditionalTags
        }
        self.init(name: name, tags: tags, conditionalTags: conditionalTags, noticed: try reader.shared { try $0.array() },
                  messages: try reader.shared { try $0.array() }, choices: try reader.shared { try $0.array() },
                  transitions: try reader.shared { try $0.array() }, gotos: try reader.shared { try $0.array() },
                  entryAssignments: try reader.shared { try $0.array() }, reprompt: try reader.shared { try $0.optional() },
                  looseChoices: try reader.bool(), notInterruptedBy: try reader.array(),
                  location: try SourceLocation(from: &reader), listening: try IntentSet(from: &reader))
    }
}
