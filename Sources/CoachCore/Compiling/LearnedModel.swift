/// The word model learned from one `learn` file, with what it may decide: the intents it was taught (its labels but
/// `none`) and the intents named after `over`, from which it may take a message the patterns gave them.
struct LearnedModel: Sendable {
    let model: WordModel
    let intents: Set<Int>
    let over: Set<Int>
    /// `intents` and `over` as bitsets, derived (never stored): a turn asks them without hashing.
    let intentBits: IntentSet
    let overBits: IntentSet

    init(model: WordModel, intents: Set<Int>, over: Set<Int>) {
        (self.model, self.intents, self.over) = (model, intents, over)
        intentBits = Self.bits(intents)
        overBits = Self.bits(over)
    }

    private static func bits(_ ids: Set<Int>) -> IntentSet {
        var bits = IntentSet(capacity: (ids.max() ?? -1) + 1)
        for id in ids { bits.insert(id) }
        return bits
    }
}
