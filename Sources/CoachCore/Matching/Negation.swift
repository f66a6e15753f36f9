/// Decides whether a mention is negated: "nobody is in danger", "he didn't hit her", "no weapon".
///
/// A negation word reaches a few content words forward within its clause; words like "is" or "in" do
/// not use up its reach, a new subject ("no, *he* has a knife") or a clause break ends it.
enum Negation {
    /// The negating word before word `index`, or nil if the mention stands.
    static func cue(before index: Int, in text: NormalizedText) -> String? {
        let spans = text.spans
        guard index > 0, index < spans.count else { return nil }
        let clause = spans[index].clause
        var distance = 0
        var j = index - 1
        while j >= 0, spans[j].clause == clause {
            let kinds = spans[j].kinds
            if kinds.contains(.negationCue) {
                let word = text.word(j)
                if let reach = Lexicon.negationCues[word], !isPlainWordNo(at: j, in: text) { return distance < reach ? word : nil }
            }
            if kinds.contains(.negationStopper) { return nil }
            if !kinds.contains(.negationTransparent) { distance += 1 }
            if distance >= Lexicon.longestNegationReach { return nil }
            j -= 1
        }
        return nil
    }

    /// Whether the "no" at `index` is not a negation: an exclamation ("oh no, he has a knife") or the
    /// answer refused ("the guy who wouldn't take no at the bar is outside my door").
    static func isPlainWordNo(at index: Int, in text: NormalizedText) -> Bool {
        index > 0 && text.word(index, is: "no") && text.spans[index - 1].kinds.contains(.makesNoNonNegating)
    }
}
