/// Matches compiled patterns against one message, by backtracking over its words, with closures for
/// what follows each element: the plain statement of what a match is. `PositionRunner` computes the
/// same over flat instructions; this one runs the rare pattern too long for it.
///
/// A match never crosses a sentence; concept matches are remembered per position.
final class BacktrackingRunner {
    let index: PatternIndex
    let message: TokenView
    private var conceptCache: [Int: [Int]] = [:]

    init(index: PatternIndex, message: TokenView) {
        self.index = index
        self.message = message
    }

    /// The end of the longest match of pattern `id` starting at word `start`, or nil.
    func longestMatch(_ id: Int, at start: Int) -> Int? {
        let elements = index.patterns[id].elements
        return sequence(elements, 0, start, sentence: message.sentence(start), topLevel: true) { $0 }
    }

    /// Matches `elements[i...]` at `position`, then calls `next` with the end; the best result of `next` wins.
    private func sequence(_ elements: [CompiledElement], _ i: Int, _ position: Int, sentence: Int, topLevel: Bool = false,
                          _ next: (Int) -> Int?) -> Int? {
        if i == elements.count { return next(position) }
        let inSentence = position < message.count && message.sentence(position) == sentence
        switch elements[i] {
        case .token(let id):
            guard inSentence, message.ids[position] == id else { return nil }
            return sequence(elements, i + 1, position + 1, sentence: sentence, topLevel: topLevel, next)
        case .prefix(let prefix):
            guard inSentence, WordBeginning.matches(message.word(position), prefix) else { return nil }
            return sequence(elements, i + 1, position + 1, sentence: sentence, topLevel: topLevel, next)
        case .exact(let word):
            guard inSentence, message.word(position).elementsEqual(word) else { return nil }
            return sequence(elements, i + 1, position + 1, sentence: sentence, topLevel: topLevel, next)
        case .concept(let c):
            guard inSentence else { return nil }
            var best: Int?
            for length in conceptLengths(c, at: position) {
                if let end = sequence(elements, i + 1, position + length, sentence: sentence, topLevel: topLevel, next) {
                    best = max(best ?? end, end)
                }
            }
            return best
        case .alternatives(let branches):
            var best: Int?
            for branch in branches {
                let end = sequence(branch, 0, position, sentence: sentence) { after in
                    self.sequence(elements, i + 1, after, sentence: sentence, topLevel: topLevel, next)
                }
                if let end { best = max(best ?? end, end) }
            }
            return best
        case .optional(let inner):
            let with = sequence(inner, 0, position, sentence: sentence) { after in
                self.sequence(elements, i + 1, after, sentence: sentence, topLevel: topLevel, next)
            }
            let without = sequence(elements, i + 1, position, sentence: sentence, topLevel: topLevel, next)
            switch (with, without) {
            case (let a?, let b?): return max(a, b)
            default: return with ?? without
            }
        case .gap(let limit):
            var best: Int?
            var skip = 0
            while skip <= limit {
                let at = position + skip
                if skip > 0, !(at - 1 < message.count && message.sentence(at - 1) == sentence) || (skip > 0 && message.isNegation(at - 1)) { break }
                if let end = sequence(elements, i + 1, at, sentence: sentence, topLevel: topLevel, next) { best = max(best ?? end, end) }
                skip += 1
            }
            return best
        case .start:
            guard position == 0 else { return nil }
            return sequence(elements, i + 1, position, sentence: sentence, topLevel: topLevel, next)
        case .end:
            guard !inSentence else { return nil }
            return sequence(elements, i + 1, position, sentence: sentence, topLevel: topLevel, next)
        case .not(let inner):
            // First in a pattern: what comes just before the match; elsewhere: what comes here.
            if topLevel && i == 0 {
                if endsAt(inner, position, sentence: sentence) { return nil }
            } else if inSentence, sequence([inner], 0, position, sentence: sentence, { $0 }) != nil {
                return nil
            }
            return sequence(elements, i + 1, position, sentence: sentence, topLevel: topLevel, next)
        }
    }

    /// Whether a match of `element` ends just before `position` (`!~negation hit` with "did not" before "hit").
    private func endsAt(_ element: CompiledElement, _ position: Int, sentence: Int) -> Bool {
        var start = position - 1
        let earliest = position - maxLength(element)
        while start >= max(0, earliest), message.sentence(start) == sentence {
            if sequence([element], 0, start, sentence: sentence, { $0 == position ? $0 : nil }) != nil { return true }
            start -= 1
        }
        return false
    }

    /// The most words a match of `element` can cover.
    private func maxLength(_ element: CompiledElement) -> Int {
        switch element {
        case .token, .prefix, .exact: return 1
        case .concept(let c):
            let concept = index.concepts[c]
            return concept.sequences.map { $0.map(maxLength).reduce(0, +) }.max().map { max($0, 1) } ?? 1
        case .alternatives(let branches): return branches.map { $0.map(maxLength).reduce(0, +) }.max() ?? 0
        case .optional(let inner): return inner.map(maxLength).reduce(0, +)
        case .gap(let n): return n
        case .not, .start, .end: return 0
        }
    }

    /// How many words a concept's members cover at `position`, longest first.
    func conceptLengths(_ c: Int, at position: Int) -> [Int] {
        let key = c * message.count + position
        if let known = conceptCache[key] { return known }
        let concept = index.concepts[c]
        var lengths: [Int] = []
        if concept.singles.contains(message.ids[position]) { lengths.append(1) }
        if lengths.isEmpty, concept.exacts.contains(Array(message.word(position))) { lengths.append(1) }
        if lengths.isEmpty, concept.prefixes.contains(where: { WordBeginning.matches(message.word(position), $0) }) { lengths.append(1) }
        let sentence = message.sentence(position)
        for member in concept.sequences {
            // A member is a pattern of its own: a leading `!x` looks before it.
            _ = sequence(member, 0, position, sentence: sentence, topLevel: true) { end in
                if end > position, !lengths.contains(end - position) { lengths.append(end - position) }
                return nil
            }
        }
        lengths.sort(by: >)
        conceptCache[key] = lengths
        return lengths
    }
}
