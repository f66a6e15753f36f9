/// Matches an answer to a state's quick-reply choices: by place ("2", "option 2", "the second one") or by the label's words.
enum ChoiceMatcher {
    /// The stems of the content words (function words removed) of a message, in order: what `byExactLabel`, `byWords`
    /// and `byOnlySharedWord` compare with the labels' (made once for the three).
    static func contentStems(_ text: NormalizedText) -> [String] {
        var stems: [String] = []
        stems.reserveCapacity(text.spans.count)
        for k in text.spans.indices where !text.spans[k].kinds.contains(.stopword) { stems.append(text.stem(k)) }
        return stems
    }

    /// The `StemKey` of each of `contentStems`, read from the bytes the stems are made of (no string read).
    static func contentStemKeys(_ text: NormalizedText) -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(text.spans.count)
        for span in text.spans where !span.kinds.contains(.stopword) { keys.append(StemKey.of(bytes: text.bytes[span.stem])) }
        return keys
    }

    /// Whether a message has a negating word ("not", "never", ...).
    static func negates(_ text: NormalizedText) -> Bool { text.spans.contains { $0.kinds.contains(.negationCue) } }

    /// The strings without repeats, in order of first use.
    static func unique(_ strings: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(strings.count)
        for string in strings where !result.contains(string) { result.append(string) }
        return result
    }

    /// The choice picked by its place, if the answer says only that: "2", "option 2", "the second one", "the last one".
    static func byPlace(_ text: NormalizedText, count: Int) -> Int? {
        guard text.spans.count <= 4 else { return nil }
        return ChoicePlace.index(text.spans.map { text.word($0) }, count: count)
    }

    /// The choice whose label has exactly the answer's content words (`stems`, from `contentStems`).
    static func byExactLabel(_ stems: [String], choices: [CompiledState.Choice]) -> Int? {
        guard !choices.isEmpty, !stems.isEmpty else { return nil }
        return choices.firstIndex { $0.labelStems == stems }
    }

    /// The one choice whose label words overlap the answer's the most, when that is unambiguous. An answer that negates
    /// takes only a label that negates too: "safe for now? no hes still here" is not "I'm safe for now". `stems` are the
    /// answer's `contentStems`, `keys` their `contentStemKeys`, `negates` whether it `negates`.
    static func byWords(_ stems: [String], keys: [UInt64], negates: Bool, choices: [CompiledState.Choice]) -> Int? {
        guard !choices.isEmpty, !stems.isEmpty else { return nil }
        // The answer's stems without repeats are counted only once a label shares one: most answers share none.
        var distinct: Int?
        var best: (index: Int, score: Int)?
        var tied = false
        // Stems are compared by their `StemKey`s where both have one (most do), else as strings.
        let unkeyed = keys.contains(0)
        func shares(_ stem: String, _ key: UInt64) -> Bool {
            guard key != 0 else { return stems.contains(stem) }
            return keys.contains(key) || unkeyed && stems.indices.contains { keys[$0] == 0 && stems[$0] == stem }
        }
        for i in choices.indices {
            // The label is without repeats: it is inside the answer when every label stem is shared, and the answer inside
            // the label when every distinct stem of the answer is.
            let label = choices[i].labelStemSet, labelKeys = choices[i].labelStemKeys
            var shared = 0
            for j in label.indices where shares(label[j], labelKeys[j]) { shared += 1 }
            guard shared > 0, !negates || label.contains(where: { Lexicon.negationCues[$0] != nil }) else { continue }
            // "now" alone is no word of a label ("what now" is not "That's all for now"); with another it counts ("not now").
            if shared == 1, label.contains(Self.now), stems.contains(Self.now) { continue }
            if distinct == nil { distinct = unique(stems).count }
            guard shared == label.count || shared == distinct else { continue }
            if shared > (best?.score ?? 0) { best = (i, shared); tied = false } else if shared == best?.score { tied = true }
        }
        return tied ? nil : best?.index
    }

    /// The stem "now": shared alone, it picks no label (`byWords`).
    static let now = "now"

    /// The choice whose label matches an intent the answer matches too (`heard in labels`), the answer's evidence
    /// covering the most words and more than half of the answer (an answer, not a message that mentions one: "enough
    /// for now, hes back outside" is no goodbye); nil when none does, or when two choices with different targets tie.
    static func byHeardIntent(_ analysis: MessageAnalysis, choices: [CompiledState.Choice]) -> Int? {
        var best: (index: Int, score: Int)?
        var tied = false
        let words = analysis.normalized.spans.count
        for i in choices.indices {
            for intent in choices[i].heardIntents {
                guard analysis.hasHit(intent), let hit = analysis.hit(intent), hit.score * 2 > words else { continue }
                if hit.score > (best?.score ?? 0) {
                    (best, tied) = ((i, hit.score), false)
                } else if let found = best, hit.score == found.score, choices[found.index].action.target != choices[i].action.target {
                    tied = true
                }
            }
        }
        return tied ? nil : best?.index
    }

    /// The shortest stem that counts as shared by `byOnlySharedWord`: "now", "all" and "yes" are in too many answers.
    static let sharedStemLength = 4

    /// The one choice whose label shares a content word of four letters or more with the answer, when no other label
    /// shares one, the answer negates nothing and the choice stays in the conversation (not `@back`, `@restart`, `@end`
    /// or `@repeat`): the last reading of a typed answer before the fallback ("the principles thing" is "Ally
    /// principles"; "not the principles" is no choice). Only a state with `choices: loose` asks it. `stems` and `negates`
    /// as for `byWords`.
    static func byOnlySharedWord(_ stems: [String], negates: Bool, choices: [CompiledState.Choice]) -> Int? {
        guard !choices.isEmpty, !negates else { return nil }
        let long = stems.filter { $0.utf8.count >= sharedStemLength }
        guard !long.isEmpty else { return nil }
        var found: Int?
        for i in choices.indices where choices[i].labelStemSet.contains(where: long.contains) {
            guard found == nil else { return nil }
            found = i
        }
        guard let found, case .state = choices[found].action.target else { return nil }
        return found
    }
}
