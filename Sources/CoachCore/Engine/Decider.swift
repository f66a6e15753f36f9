import Foundation

/// Chooses what a message does in a state, in the documented matching order.
struct Decider {
    /// The outcome: an action (with the intent behind it, if any) or a miss.
    struct Decision {
        enum Kind {
            case act(CompiledAction, intent: Int?)
            case fallback
        }
        let kind: Kind
        let explanation: () -> String
        /// Decided by the words learned from examples (`learn`), not by a pattern.
        let byLearnedWords: Bool

        init(kind: Kind, byLearnedWords: Bool = false, explanation: @escaping @autoclosure () -> String) {
            self.kind = kind
            self.byLearnedWords = byLearnedWords
            self.explanation = explanation
        }
    }

    let brain: Brain

    /// The decision for a message (`analysis`) in state `stateID` of `session`, both read where the caller keeps them:
    /// a decider holding copies of them retained and released every array they hold, each turn.
    func decide(in stateID: Int, session: SessionState, analysis: MessageAnalysis) -> Decision {
        // The explanations (written only when a trace reads them) capture the brain alone, not the session or the
        // analysis: so they call the static helpers below.
        let brain = self.brain
        // The state's two lists are read in place: copying the whole `CompiledState` retains every array it holds.
        let transitions = brain.states[stateID].transitions
        let choices = brain.states[stateID].choices
        let text = analysis.normalized
        // A nested function and a closure literal: the session is read in place, not copied for each condition.
        func holds(_ condition: Condition?) -> Bool { condition?.holds { session.value(of: $0) } ?? true }
        // Each learned model's guess, made once per message whichever rules below ask it (by index in learnedModels), from
        // the message's feature slots, made once for all the models asked.
        var guesses: [WordModel.Guess??] = []
        var slots: [Int]?
        func guess(_ model: Int) -> WordModel.Guess? {
            if guesses.isEmpty { guesses = Array(repeating: nil, count: brain.learnedModels.count) }
            if let made = guesses[model] { return made }
            if slots == nil { slots = WordModel.slots(of: text) }
            let made = brain.learnedModels[model].model.guess(slots: slots!)
            guesses[model] = made
            return made
        }

        let notInterruptedBy = brain.states[stateID].notInterruptedBy
        // The interrupts are read in place, and only one with evidence is copied: a copy of each retained its actions.
        let interrupts = brain.interrupts
        for k in interrupts.indices {
            let intent = interrupts[k].intent
            guard analysis.hasHit(intent), !notInterruptedBy.contains(intent), let hit = analysis.hit(intent) else { continue }
            let interrupt = interrupts[k]
            let name = brain.intents[interrupt.intent].name
            // A learned model that names the interrupt after `over` may take the message (the writer's story told
            // with danger in words no pattern names: the emergency, not support alone).
            for index in brain.learnedModels.indices where brain.learnedModels[index].overBits.contains(interrupt.intent) {
                guard let choice = WordModelChoice.choose(index, margin: WordModel.overrideMargin, guess: { guess(index) },
                                                          transitions: transitions, brain: brain, holds: holds) else { continue }
                return Decision(kind: .act(choice.transition.action, intent: choice.intent), byLearnedWords: true,
                                explanation: "interrupt \(name) matched \(hit.evidence) on \"\(hit.words)\", but \(choice.reason) -> \(Self.describe(choice.transition.action, brain))")
            }
            if let own = transitions.first(where: { $0.intents.contains(interrupt.intent) && holds($0.condition) }) {
                return Decision(kind: .act(own.action, intent: interrupt.intent),
                                explanation: "intent \(name) matched \(hit.evidence) on \"\(hit.words)\"; this state's own 'on \(name)' overrides the interrupt -> \(Self.describe(own.action, brain))")
            }
            if let doubt = interrupt.doubt, let guess = guess(doubt.model), guess.label == "none", guess.lead >= doubt.margin {
                return Decision(kind: .act(doubt.action, intent: interrupt.intent), byLearnedWords: true,
                                explanation: "interrupt \(name) matched \(hit.evidence) on \"\(hit.words)\", but the words learned from examples point to none (lead \(String(format: "%.1f", guess.lead))): doubted -> \(Self.describe(doubt.action, brain))")
            }
            return Decision(kind: .act(interrupt.action, intent: interrupt.intent),
                            explanation: "interrupt \(name) matched \(hit.evidence) on \"\(hit.words)\" -> \(Self.describe(interrupt.action, brain))")
        }
        if let index = ChoiceMatcher.byPlace(text, count: choices.count) {
            return Self.choice(index, choices, how: "by number", brain)
        }
        // The answer's content stems, made once for the three readings by the labels' words (none without choices).
        let stems = choices.isEmpty ? [] : ChoiceMatcher.contentStems(text)
        if let index = ChoiceMatcher.byExactLabel(stems, choices: choices) {
            return Self.choice(index, choices, how: "by its label", brain)
        }
        // The transitions are read in place (by index): a copy of each retained its intents, condition and action.
        var best: (transition: Int, intent: Int, hit: MessageAnalysis.Hit)?
        for t in transitions.indices where !transitions[t].intents.isEmpty && holds(transitions[t].condition) {
            for intent in transitions[t].intents {
                guard analysis.hasHit(intent), let hit = analysis.hit(intent) else { continue }
                if best == nil || hit.score > best!.hit.score { best = (t, intent, hit) }
            }
        }
        if let best {
            // A learned model may take the message from the intent the patterns chose: from another of its own intents
            // the patterns also found, or from an intent named after its file's `over`.
            for index in brain.learnedModels.indices {
                let overridden = brain.learnedModels[index].overBits.contains(best.intent)
                guard overridden || brain.learnedModels[index].intentBits.contains(best.intent),
                      let choice = WordModelChoice.choose(index, margin: WordModel.overrideMargin, guess: { guess(index) },
                                                          transitions: transitions, brain: brain, holds: holds),
                      choice.intent != best.intent, overridden || analysis.hasHit(choice.intent) else { continue }
                return Decision(kind: .act(choice.transition.action, intent: choice.intent), byLearnedWords: true,
                                explanation: "intent \(brain.intents[best.intent].name) matched \(best.hit.evidence) on \"\(best.hit.words)\", but \(choice.reason) -> \(Self.describe(choice.transition.action, brain))")
            }
            let action = transitions[best.transition].action
            return Decision(kind: .act(action, intent: best.intent),
                            explanation: "intent \(brain.intents[best.intent].name) matched \(best.hit.evidence) on \"\(best.hit.words)\" -> \(Self.describe(action, brain))")
        }
        if let index = ChoiceMatcher.byHeardIntent(analysis, choices: choices) {
            return Self.choice(index, choices, how: "by an intent its label and the message both match ('heard in labels')", brain)
        }
        // Whether the answer negates, read once for the two readings by shared words below.
        let negates = ChoiceMatcher.negates(text)
        let keys = stems.isEmpty ? [] : ChoiceMatcher.contentStemKeys(text)
        if let index = ChoiceMatcher.byWords(stems, keys: keys, negates: negates, choices: choices) {
            return Self.choice(index, choices, how: "by its words", brain)
        }
        for index in brain.learnedModels.indices {
            guard let choice = WordModelChoice.choose(index, margin: WordModel.fallbackMargin, guess: { guess(index) },
                                                      transitions: transitions, brain: brain, holds: holds) else { continue }
            return Decision(kind: .act(choice.transition.action, intent: choice.intent), byLearnedWords: true,
                            explanation: "no pattern matched; \(choice.reason) -> \(Self.describe(choice.transition.action, brain))")
        }
        if !text.spans.isEmpty, let any = transitions.first(where: { $0.intents.isEmpty && holds($0.condition) }) {
            return Decision(kind: .act(any.action, intent: nil), explanation: "no intent matched; 'on any' -> \(Self.describe(any.action, brain))")
        }
        if brain.states[stateID].looseChoices,
           let index = ChoiceMatcher.byOnlySharedWord(stems, negates: negates, choices: choices) {
            return Self.choice(index, choices, how: "by the one label sharing a word with it", brain)
        }
        return Decision(kind: .fallback, explanation: "no match (listening for: \(Self.listeningNames(transitions, brain))): fallback")
    }

    /// The intents a state listens for, for the fallback's explanation (written only when a trace reads it).
    private static func listeningNames(_ transitions: [CompiledState.Transition], _ brain: Brain) -> String {
        let active = transitions.flatMap(\.intents).map { brain.intents[$0].name }
        return active.isEmpty ? "choices only" : active.joined(separator: ", ")
    }

    private static func choice(_ index: Int, _ choices: [CompiledState.Choice], how: String, _ brain: Brain) -> Decision {
        let choice = choices[index]
        return Decision(kind: .act(choice.action, intent: nil), explanation: "choice \(index + 1) \"\(choice.label)\" picked \(how) -> \(describe(choice.action, brain))")
    }

    private static func describe(_ action: CompiledAction, _ brain: Brain) -> String {
        var text: String
        switch action.target {
        case .state(let id): text = brain.states[id].name
        case .back: text = "@back"
        case .restart: text = "@restart"
        case .end: text = "@end"
        case .repeat: text = "@repeat"
        }
        for assignment in action.assignments { text += "; set \(assignment.slot.name) = \(assignment.value)" }
        return text
    }
}
