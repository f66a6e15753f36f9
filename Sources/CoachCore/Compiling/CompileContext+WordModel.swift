extension CompileContext {
    /// One word model per `learn` file. Each label must name an intent (or be `none`), and so must each name after
    /// `over`; a mistake is reported at its line.
    mutating func compileLearnedModels() -> [LearnedModel] {
        // The files share many messages (the built-in ones learn from the same tuning lines): each is read once.
        var stemsOf: [String: [String]] = [:]
        return script.learnSets.compactMap { set in
            var examples: [(label: String, stems: [String])] = []
            var intents = Set<Int>()
            for example in set.examples {
                guard example.label == "none" || intentIDs[example.label] != nil else {
                    diagnostics.append(.error("unknown intent '\(example.label)' in a learn file (an intent name or 'none')", at: example.location))
                    continue
                }
                if let id = intentIDs[example.label] { intents.insert(id) }
                if stemsOf[example.message] == nil { stemsOf[example.message] = Normalizer.normalize(example.message).stemList }
                examples.append((example.label, stemsOf[example.message]!))
            }
            var over = Set<Int>()
            for name in set.over {
                guard let id = intentIDs[name.name] else {
                    diagnostics.append(.error("unknown intent '\(name.name)' after 'over'", at: name.location))
                    continue
                }
                if intents.contains(id) {
                    diagnostics.append(.warning("'\(name.name)' after 'over' is already one of the file's labels", at: name.location))
                }
                over.insert(id)
            }
            guard !examples.isEmpty else { return nil }
            return LearnedModel(model: WordModel(learning: examples), intents: intents, over: over.subtracting(intents))
        }
    }
}
