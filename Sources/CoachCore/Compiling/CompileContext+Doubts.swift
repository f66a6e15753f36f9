extension CompileContext {
    /// The `doubt` lines resolved, by the intent of the interrupts they doubt: the model that teaches the learned
    /// intent after `unless`, and the action. Mistakes are reported at the name they concern.
    mutating func compileDoubts(models: [LearnedModel]) -> [Int: CompiledDoubt] {
        var doubts: [Int: CompiledDoubt] = [:]
        let interrupted = Set(script.interrupts.map(\.intent.name))
        for doubt in script.doubts {
            guard let learned = resolveIntent(doubt.learned) else { continue }
            guard let model = models.firstIndex(where: { $0.intents.contains(learned) }) else {
                diagnostics.append(.error("'\(doubt.learned.name)' is taught by no learn file", at: doubt.learned.location))
                continue
            }
            guard let action = resolve(doubt.action) else { continue }
            for name in doubt.intents {
                guard let intent = resolveIntent(name) else { continue }
                guard interrupted.contains(name.name) else {
                    diagnostics.append(.error("'\(name.name)' has no interrupt line to doubt", at: name.location))
                    continue
                }
                if doubts[intent] != nil { diagnostics.append(.error("'\(name.name)' is doubted twice", at: name.location)) }
                doubts[intent] = CompiledDoubt(model: model, margin: doubt.margin ?? WordModel.doubtMargin, action: action)
            }
        }
        return doubts
    }
}
