/// Each intent's best hit while a message's evidence is weighed (`Matcher.Analysis.consider`): a short list searched by
/// intent, since a message hits few intents. A turn asks `MessageAnalysis.hit(_:)` of a handful of intents, so the list is
/// kept as it is and no dictionary is hashed or grown per message (`MessageAnalysis.hits` makes one when read).
struct BestHits {
    /// At most one hit per intent, in the order the intents were first kept.
    private(set) var list: [MessageAnalysis.Hit] = []

    /// The score of `intent`'s best hit so far, or nil.
    func score(of intent: Int) -> Int? {
        list.firstIndex { $0.intent == intent }.map { list[$0].score }
    }

    /// Makes `hit` its intent's best hit.
    mutating func keep(_ hit: MessageAnalysis.Hit) {
        if let k = list.firstIndex(where: { $0.intent == hit.intent }) {
            list[k] = hit
        } else {
            list.append(hit)
        }
    }
}
