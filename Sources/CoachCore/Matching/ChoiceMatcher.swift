/// Matches an answer to a state's quick-reply choices: by number ("2", "option 2") or by the label's words.
enum ChoiceMatcher {
    /// The stems of a label's content words (function words removed).
    static func contentStems(_ text: String) -> [String] {
        Normalizer.normalize(text).tokens.filter { !Lexicon.stopwords.contains($0.word) }.map(\.stem)
    }

    /// The choice picked by number, if the answer is just a number in range.
    static func byNumber(_ tokens: [Token], count: Int) -> Int? {
        let words = tokens.map(\.word).filter { $0 != "option" && $0 != "number" && $0 != "choice" }
        guard words.count == 1, let n = Int(words[0]), n >= 1, n <= count else { return nil }
        return n - 1
    }

    /// The choice whose label has exactly the answer's content words.
    static func byExactLabel(_ tokens: [Token], choices: [CompiledState.Choice]) -> Int? {
        let stems = tokens.filter { !Lexicon.stopwords.contains($0.word) }.map(\.stem)
        guard !stems.isEmpty else { return nil }
        return choices.firstIndex { $0.labelStems == stems }
    }

    /// The one choice whose label words overlap the answer's the most, when that is unambiguous.
    static func byWords(_ tokens: [Token], choices: [CompiledState.Choice]) -> Int? {
        let stems = Set(tokens.filter { !Lexicon.stopwords.contains($0.word) }.map(\.stem))
        guard !stems.isEmpty else { return nil }
        var best: (index: Int, score: Int)?
        var tied = false
        for (i, choice) in choices.enumerated() {
            let label = choice.labelStemSet
            let shared = label.intersection(stems).count
            guard shared > 0, label.isSubset(of: stems) || stems.isSubset(of: label) else { continue }
            if shared > (best?.score ?? 0) { best = (i, shared); tied = false } else if shared == best?.score { tied = true }
        }
        return tied ? nil : best?.index
    }
}
