import Foundation

/// What a learned model says in a state: the transition for the intent it points to, when the state listens for its
/// intents (at least two of them, or its only one), the model leads by the margin, and its label is not `none`.
struct WordModelChoice {
    let transition: CompiledState.Transition
    let intent: Int
    /// For the trace: "the words learned from examples point to plan_delegate (lead 7.2)".
    let reason: String

    /// `guess` is the model's guess for the message, asked only when the state listens for the model's intents.
    static func choose(_ learned: LearnedModel, margin: Double, guess: () -> WordModel.Guess?, transitions: [CompiledState.Transition],
                       brain: Brain, holds: (Condition?) -> Bool) -> WordModelChoice? {
        var listened: [Int: CompiledState.Transition] = [:]
        for transition in transitions where holds(transition.condition) {
            for intent in transition.intents where learned.intents.contains(intent) && listened[intent] == nil {
                listened[intent] = transition
            }
        }
        guard listened.count >= min(2, learned.intents.count), let guess = guess(),
              guess.lead >= margin, let intent = brain.intentIDs[guess.label], let transition = listened[intent] else { return nil }
        let reason = "the words learned from examples point to \(guess.label) (lead \(String(format: "%.1f", guess.lead)))"
        return WordModelChoice(transition: transition, intent: intent, reason: reason)
    }
}
