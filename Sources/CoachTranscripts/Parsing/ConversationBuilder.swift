import CoachCore

/// Writes shared steps out in place and groups each test's lines into turns.
struct ConversationBuilder {
    let blocks: [RawBlock]
    let settings: PartialSetup
    private(set) var diagnostics: [Diagnostic] = []
    private var steps: [String: RawBlock] = [:]
    private var used: Set<String> = []

    init(blocks: [RawBlock], settings: PartialSetup) {
        self.blocks = blocks
        self.settings = settings
        for block in blocks where block.isSteps && steps[block.name.name] == nil { steps[block.name.name] = block }
    }

    mutating func build() -> [Conversation] {
        var conversations: [Conversation] = []
        for block in blocks where !block.isSteps {
            var expanded: [(RawBlock.Item, [SourceLocation])] = []
            expand(block.items, usedAt: [], chain: [], into: &expanded)
            if block.items.isEmpty {
                diagnostics.append(.error("test '\(block.name.name)' has no steps: add '>' lines for the person and '<' or other lines for the coach", at: block.name.location))
            }
            conversations.append(Conversation(name: block.name.name, location: block.name.location,
                                              setup: block.setup.over(settings).resolved, turns: turns(expanded)))
        }
        for block in blocks where block.isSteps && !used.contains(block.name.name) {
            diagnostics.append(.warning("steps '\(block.name.name)' are never used", at: block.name.location))
        }
        return conversations
    }

    private mutating func expand(_ items: [RawBlock.Item], usedAt: [SourceLocation], chain: [String],
                                 into out: inout [(RawBlock.Item, [SourceLocation])]) {
        for item in items {
            guard case .use(let name) = item else {
                out.append((item, usedAt))
                continue
            }
            guard let block = steps[name.name] else {
                let hint = Suggestion.hint(for: name.name, in: steps.keys.sorted())
                diagnostics.append(.error("no steps named '\(name.name)'" + hint, at: name.location))
                continue
            }
            if chain.contains(name.name) {
                let cycle = (chain + [name.name]).joined(separator: " -> ")
                diagnostics.append(.error("steps use themselves: \(cycle)", at: name.location))
                continue
            }
            used.insert(name.name)
            expand(block.items, usedAt: [name.location] + usedAt, chain: chain + [name.name], into: &out)
        }
    }

    /// Groups lines into turns; coach lines before the first `>` make the coach speak first.
    private func turns(_ items: [(RawBlock.Item, [SourceLocation])]) -> [Turn] {
        var turns: [Turn] = []
        var messagesIndex: Int?
        func expect(_ expectation: Expectation, _ usedAt: [SourceLocation]) {
            if turns.isEmpty { turns.append(Turn(input: .greeting, location: expectation.location, usedAt: usedAt)) }
            var expectation = expectation
            expectation.usedAt = usedAt
            turns[turns.count - 1].expectations.append(expectation)
        }
        for (item, usedAt) in items {
            switch item {
            case .input(let input, let location):
                turns.append(Turn(input: input, location: location, usedAt: usedAt))
                messagesIndex = nil
            case .coachLine(let alternatives, true, let location):
                expect(Expectation(.messages([alternatives]), negated: true, at: location), usedAt)
            case .coachLine(let alternatives, false, let location):
                if let index = messagesIndex, case .messages(let lines) = turns[turns.count - 1].expectations[index].check {
                    turns[turns.count - 1].expectations[index].check = .messages(lines + [alternatives])
                } else {
                    expect(Expectation(.messages([alternatives]), at: location), usedAt)
                    messagesIndex = turns[turns.count - 1].expectations.count - 1
                }
            case .expect(let expectation):
                expect(expectation, usedAt)
            case .use:
                break
            }
        }
        return turns
    }
}
