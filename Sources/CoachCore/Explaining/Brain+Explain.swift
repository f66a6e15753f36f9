extension Brain {
    /// Explains what `message` matches and what it does in `state` (default: the start state, as the first
    /// message of a new conversation): a pure function over the same matcher and `Decider` the engine uses.
    /// Returns nil when there is no state of that name.
    public func explain(_ message: String, inState state: String? = nil, slots: [String: String] = [:],
                        context: [String: String] = [:]) -> MatchExplanation? {
        let stateID: Int
        if let state {
            guard let id = self.stateID(state) else { return nil }
            stateID = id
        } else {
            stateID = start
        }
        var session = SessionState(state: states[stateID].name, seed: 0, context: context)
        session.slots = slots
        session.greeted = state != nil
        return explain(message, in: stateID, session: session)
    }

    func explain(_ message: String, in stateID: Int, session: SessionState) -> MatchExplanation {
        let analysis = Matcher(brain: self).analyze(message)
        var session = session
        for intent in states[stateID].noticed {
            session.slots[intents[intent].name] = analysis.hit(intent) == nil ? nil : "yes"
        }
        let decision = Decider(brain: self).decide(in: stateID, session: session, analysis: analysis)
        let ranking = LoserRanking(brain: self, session: session, analysis: analysis)
        let listening = states[stateID].listening
        let matches = analysis.hits.values.sorted { $0.intent < $1.intent }.map { hit in
            MatchExplanation.Match(intent: intents[hit.intent].name, source: hit.source,
                                   highPriority: intents[hit.intent].highPriority, words: String(hit.words),
                                   score: hit.score, listened: listening.contains(hit.intent))
        }
        let outcome: MatchExplanation.Outcome
        let route: MatchExplanation.Route
        switch decision.kind {
        case .act(let action, let intent?):
            outcome = .intent(intents[intent].name, target: ranking.describe(action, from: stateID))
            let interrupting = interrupts.first { analysis.hit($0.intent) != nil && !states[stateID].notInterruptedBy.contains($0.intent) }
            if interrupting?.intent == intent {
                let own = states[stateID].transitions.contains { $0.intents.contains(intent) && ($0.condition?.holds(session.value(of:)) ?? true) }
                route = own ? .ownLineOverInterrupt : decision.byLearnedWords ? .doubtedInterrupt : .interrupt
            } else if !decision.byLearnedWords, states[stateID].notInterruptedBy.contains(intent) {
                route = .rankedInterrupt
            } else {
                route = decision.byLearnedWords ? .learnedWords : .onLine
            }
        case .act(let action, nil):
            if let (label, how) = ranking.choicePicked(in: stateID, action: action) {
                outcome = .choice(label, target: ranking.describe(action, from: stateID))
                route = how
            } else {
                outcome = .any(target: ranking.describe(action, from: stateID))
                route = .any
            }
        case .fallback:
            outcome = .fallback
            route = .fallback
        }
        return MatchExplanation(message: message, words: analysis.normalized.words, corrections: analysis.corrections,
                                frames: analysis.frames, matches: matches, discarded: analysis.discarded,
                                state: states[stateID].name, isFirstMessage: !session.greeted, outcome: outcome,
                                route: route, losers: ranking.losers(in: stateID, decision: decision),
                                learned: learnedGuesses(analysis))
    }

    /// Each learned model's guess for the message (none for a model that knows none of its words), from the message's
    /// feature slots made once for all the models, as the decider makes them.
    private func learnedGuesses(_ analysis: MessageAnalysis) -> [MatchExplanation.LearnedGuess] {
        let slots = WordModel.slots(of: analysis.normalized)
        return learnedModels.compactMap { learned in
            learned.model.guess(slots: slots).map {
                MatchExplanation.LearnedGuess(teaches: learned.intents.sorted().map { intents[$0].name }, label: $0.label, lead: $0.lead)
            }
        }
    }
}
