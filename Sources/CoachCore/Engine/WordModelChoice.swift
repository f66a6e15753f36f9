import Foundation

/// What a learned model says in a state: the transition for the intent it points to, when the state listens for its
/// intents (at least two of them, or its only one), the model leads by the margin, and its label is not `none`.
struct WordModelChoice {
    let transition: CompiledState.Transition
    let intent: Int
    /// The label the model points to and its lead, for `reason`.
    let label: String
    let lead: Double
    /// For the trace: "the words learned from examples point to plan_delegate (lead 7.2)"; written only when a trace reads it.
    var reason: String { "the words learned from examples point to \(label) (lead \(String(format: "%.1f", lead)))" }

    /// `guess` is the model's guess for the message, asked only when the state listens for the model's intents. The model
    /// is `brain.learnedModels[model]`, read in place (a copy of it retains every array it holds).
    static func choose(_ model: Int, margin: Double, guess: () -> WordModel.Guess?, transitions: [CompiledState.Transition],
                       brain: Brain, holds: (Condition?) -> Bool) -> WordModelChoice? {
        let intents = brain.learnedModels[model].intentBits
        let isOneIntent = brain.learnedModels[model].intents.count < 2
        // The state listens for the model's intents when a transition that holds names one of them: for a model of two
        // or more intents, two different ones. (Counted without a table: the first intent found, then any other.)
        var first: Int?
        var enough = false
        // (The transitions are read in place, by index: a copy of each retained its intents, condition and action.)
        search: for t in transitions.indices where holds(transitions[t].condition) {
            for intent in transitions[t].intents where intents.contains(intent) {
                guard let found = first else {
                    first = intent
                    if isOneIntent { enough = true; break search }
                    continue
                }
                if intent != found { enough = true; break search }
            }
        }
        guard enough, let guess = guess(), guess.lead >= margin, let intent = brain.intentIDs[guess.label],
              intents.contains(intent),
              // The transition for the intent: the first that holds and names it.
              let transition = transitions.first(where: { $0.intents.contains(intent) && holds($0.condition) }) else { return nil }
        return WordModelChoice(transition: transition, intent: intent, label: guess.label, lead: guess.lead)
    }
}
