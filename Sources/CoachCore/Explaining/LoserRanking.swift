/// Why each intent that matched lost to the one that decided, by the Decider's rules: interrupts in
/// order (except those the state ranks, `not interrupted by`), then choices by number or label, then the `on` lines
/// by words covered, ties to the first line.
struct LoserRanking {
    let brain: Brain
    let session: SessionState
    let analysis: MessageAnalysis

    func losers(in stateID: Int, decision: Decider.Decision) -> [MatchExplanation.Loser] {
        let state = brain.states[stateID]
        let winner: Int?
        if case .act(_, let intent) = decision.kind { winner = intent } else { winner = nil }
        let matchedInterrupts = brain.interrupts.map(\.intent).filter { analysis.hit($0) != nil && !state.notInterruptedBy.contains($0) }
        let byInterrupt = winner.map { matchedInterrupts.first == $0 } ?? false
        var losers: [MatchExplanation.Loser] = []
        for hit in analysis.hits.values.sorted(by: { $0.intent < $1.intent }) where hit.intent != winner {
            let name = brain.intents[hit.intent].name
            let reason: MatchExplanation.LossReason
            if !state.listening.contains(hit.intent) {
                reason = .notListened
            } else if let winner, byInterrupt {
                let winnerName = brain.intents[winner].name
                reason = matchedInterrupts.contains(hit.intent) ? .interruptOrder(winner: winnerName) : .interruptFirst(winner: winnerName)
            } else if let winner, decision.byLearnedWords, firstHoldingLine(for: hit.intent, in: state) != nil {
                reason = .learnedWords(winner: brain.intents[winner].name)
            } else if firstHoldingLine(for: hit.intent, in: state) != nil {
                if let winner, let best = analysis.hit(winner) {
                    let winnerName = brain.intents[winner].name
                    reason = hit.score < best.score ? .fewerWords(own: hit.score, winner: winnerName, winnerWords: best.score)
                        : .tieToFirstLine(winner: winnerName)
                } else {
                    reason = .choiceFirst(label: choiceBeforeLines(state) ?? "?")
                }
            } else if let line = state.transitions.first(where: { $0.intents.contains(hit.intent) }) {
                reason = .conditionFails(line.condition?.source ?? "?")
            } else {
                reason = .noticedOnly
            }
            losers.append(.init(intent: name, reason: reason))
        }
        return losers
    }

    /// The first `on` line for `intent` whose condition holds.
    private func firstHoldingLine(for intent: Int, in state: CompiledState) -> CompiledState.Transition? {
        state.transitions.first { $0.intents.contains(intent) && ($0.condition?.holds(session.value(of:)) ?? true) }
    }

    /// The label of the choice picked by number or exact label, which comes before the `on` lines.
    private func choiceBeforeLines(_ state: CompiledState) -> String? {
        let text = analysis.normalized
        let index = ChoiceMatcher.byPlace(text, count: state.choices.count)
            ?? ChoiceMatcher.byExactLabel(ChoiceMatcher.contentStems(text), choices: state.choices)
        return index.map { state.choices[$0].label }
    }

    /// The label of the choice that decided, and how it was picked, when a choice did.
    func choicePicked(in stateID: Int, action: CompiledAction) -> (String, MatchExplanation.Route)? {
        let state = brain.states[stateID]
        let text = analysis.normalized
        let stems = ChoiceMatcher.contentStems(text), negates = ChoiceMatcher.negates(text)
        let picked: (Int, MatchExplanation.Route)?
        if let index = ChoiceMatcher.byPlace(text, count: state.choices.count) {
            picked = (index, .choiceByNumber)
        } else if let index = ChoiceMatcher.byExactLabel(stems, choices: state.choices) {
            picked = (index, .choiceByLabel)
        } else if let index = ChoiceMatcher.byHeardIntent(analysis, choices: state.choices) {
            picked = (index, .choiceByHeardIntent)
        } else if let index = ChoiceMatcher.byWords(stems, keys: ChoiceMatcher.contentStemKeys(text), negates: negates,
                                                           choices: state.choices) {
            picked = (index, .choiceByWords)
        } else if state.looseChoices, let index = ChoiceMatcher.byOnlySharedWord(stems, negates: negates, choices: state.choices) {
            picked = (index, .choiceBySharedWord)
        } else {
            picked = nil
        }
        guard let (index, how) = picked, state.choices[index].action.target == action.target else { return nil }
        return (state.choices[index].label, how)
    }

    /// A target as a trainer writes it: a state name or `@back`, `@restart`, `@end`, `@repeat`.
    func describe(_ action: CompiledAction, from stateID: Int) -> String {
        switch action.target {
        case .state(let id): return brain.states[id].name
        case .back: return "@back"
        case .restart: return "@restart"
        case .end: return "@end"
        case .repeat: return "@repeat"
        }
    }
}
