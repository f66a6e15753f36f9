import Foundation

/// What the word model says in a state: the transition for the intent it points to, when the state listens for
/// at least two of the model's intents, the model leads by `WordModel.margin`, and its label is not `none`.
struct WordModelChoice {
    let transition: CompiledState.Transition
    let intent: Int
    /// For the trace: "the words learned from examples point to plan_delegate (lead 7.2 over plan_direct)".
    let reason: String

    static func choose(_ model: WordModel, margin: Double, tokens: [Token], transitions: [CompiledState.Transition], brain: Brain,
                       holds: (Condition?) -> Bool) -> WordModelChoice? {
        var listened: [Int: CompiledState.Transition] = [:]
        for transition in transitions where holds(transition.condition) {
            for intent in transition.intents where brain.learnedIntents.contains(intent) && listened[intent] == nil {
                listened[intent] = transition
            }
        }
        guard listened.count >= 2, let guess = model.guess(tokens.map(\.stem)), guess.lead >= margin,
              let intent = brain.intentIDs[guess.label], let transition = listened[intent] else { return nil }
        let reason = "the words learned from examples point to \(guess.label) (lead \(String(format: "%.1f", guess.lead)))"
        return WordModelChoice(transition: transition, intent: intent, reason: reason)
    }
}
