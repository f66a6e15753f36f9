extension CompileContext {
    /// The word model learned from the script's `learn` examples; nil without any. Each label must name an intent
    /// (or be `none`), reported at its line otherwise.
    mutating func compileWordModel() -> WordModel? {
        guard !script.learnedExamples.isEmpty else { return nil }
        var examples: [(label: String, stems: [String])] = []
        for example in script.learnedExamples {
            guard example.label == "none" || intentIDs[example.label] != nil else {
                diagnostics.append(.error("unknown intent '\(example.label)' in a learn file (an intent name or 'none')", at: example.location))
                continue
            }
            examples.append((example.label, Normalizer.normalize(example.message).tokens.map(\.stem)))
        }
        return WordModel(learning: examples)
    }
}
