/// The word model learned from one `learn` file, with what it may decide: the intents it was taught (its labels but
/// `none`) and the intents named after `over`, from which it may take a message the patterns gave them.
struct LearnedModel: Sendable {
    let model: WordModel
    let intents: Set<Int>
    let over: Set<Int>
}
