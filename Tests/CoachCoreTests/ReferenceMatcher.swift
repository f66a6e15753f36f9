import CoachCore

/// A word pattern as the random-script test writes it: its own syntax tree, independent of the parser.
indirect enum RefElement {
    case word(String)
    case prefix(String)
    /// `"word"`: exactly this word, not its other forms.
    case exact(String)
    /// `^`: the start of the message.
    case start
    case end
    case concept(String)
    case alternatives([[RefElement]])
    case optional([RefElement])
    case gap(Int)
    case not(RefElement)

    /// The pattern syntax of the element.
    var text: String {
        switch self {
        case .word(let w): return w
        case .prefix(let p): return p + "*"
        case .exact(let w): return "\"" + w + "\""
        case .start: return "^"
        case .end: return "$"
        case .concept(let c): return "~" + c
        case .alternatives(let branches): return "[" + branches.map(RefElement.text).joined(separator: "|") + "]"
        case .optional(let inner):
            if inner.count == 1, case .alternatives = inner[0] { return inner[0].text + "?" }
            if inner.count == 1 { return inner[0].text + "?" }
            return "[" + RefElement.text(inner) + "]?"
        case .gap(let n): return n == 3 ? "*" : "*\(n)"
        case .not(let inner): return "!" + inner.text
        }
    }

    static func text(_ elements: [RefElement]) -> String { elements.map(\.text).joined(separator: " ") }
}

/// An obviously correct matcher: every pattern tried at every word by plain recursion over the tree,
/// every possible end collected, no index and no memo. Slow, and meant to be.
struct ReferenceMatcher {
    /// Concept members by concept name; a member is a sequence (one word, a phrase, a prefix, or `~other`).
    let concepts: [String: [[RefElement]]]
    let tokens: [Token]
    /// Concept ends by "name position", so nested concepts stay fast; the only shortcut taken.
    private final class Memo { var conceptEnds: [String: Set<Int>] = [:] }
    private let memo = Memo()

    init(concepts: [String: [[RefElement]]], message: String) {
        self.concepts = concepts
        self.tokens = Normalizer.normalize(message).tokens
    }

    /// Every end of a match of `elements[i...]` starting at `position`, within `sentence`.
    /// `first` is true for the first element of a whole pattern (where `!x` looks at the word before).
    func ends(_ elements: [RefElement], _ i: Int, _ position: Int, sentence: Int, first: Bool) -> Set<Int> {
        if i == elements.count { return [position] }
        let here = position < tokens.count && tokens[position].sentence == sentence
        func then(_ after: Set<Int>) -> Set<Int> {
            var result = Set<Int>()
            for p in after { result.formUnion(ends(elements, i + 1, p, sentence: sentence, first: false)) }
            return result
        }
        switch elements[i] {
        case .word(let w):
            guard here, tokens[position].stem == Stemmer.stem(w) else { return [] }
            return then([position + 1])
        case .prefix(let p):
            guard here, Self.begins(tokens[position].word, p) else { return [] }
            return then([position + 1])
        case .exact(let w):
            guard here, tokens[position].word == w else { return [] }
            return then([position + 1])
        case .start:
            return position == 0 ? then([position]) : []
        case .end:
            return here ? [] : then([position])
        case .concept(let name):
            guard here else { return [] }
            return then(conceptEnds(name, position, sentence: sentence))
        case .alternatives(let branches):
            var after = Set<Int>()
            for branch in branches { after.formUnion(ends(branch, 0, position, sentence: sentence, first: false)) }
            return then(after)
        case .optional(let inner):
            return then(ends(inner, 0, position, sentence: sentence, first: false).union([position]))
        case .gap(let n):
            var after: Set<Int> = [position]
            var k = 1
            // A gap never skips the end of a sentence, nor a negation word.
            while k <= n, position + k - 1 < tokens.count, tokens[position + k - 1].sentence == sentence,
                  !Self.negations.contains(tokens[position + k - 1].word) {
                after.insert(position + k)
                k += 1
            }
            return then(after)
        case .not(let inner):
            if first {
                // First in a pattern: no match of `inner` in the sentence ends just before this word.
                var start = position - 1
                while start >= 0, tokens[start].sentence == sentence {
                    if ends([inner], 0, start, sentence: sentence, first: false).contains(position) { return [] }
                    start -= 1
                }
            } else if here, !ends([inner], 0, position, sentence: sentence, first: false).isEmpty {
                // Elsewhere: no match of `inner` starts here.
                return []
            }
            return ends(elements, i + 1, position, sentence: sentence, first: false)
        }
    }

    static let negations: Set<String> = ["not", "never", "nobody", "nothing", "none", "neither", "nor", "without", "noone", "hardly", "no"]

    /// `force*` matches words starting "force", and "forcing"/"forced" too.
    static func begins(_ word: String, _ prefix: String) -> Bool {
        if word.hasPrefix(prefix) { return true }
        guard prefix.count >= 4, prefix.hasSuffix("e") else { return false }
        return word.hasPrefix(prefix.dropLast() + "ing") || word.hasPrefix(prefix.dropLast() + "ed")
    }

    /// Every end of a member of concept `name` at `position` (included concepts by recursion).
    func conceptEnds(_ name: String, _ position: Int, sentence: Int) -> Set<Int> {
        let key = "\(name) \(position)"
        if let known = memo.conceptEnds[key] { return known }
        var result = Set<Int>()
        for member in concepts[name] ?? [] {
            result.formUnion(ends(member, 0, position, sentence: sentence, first: true).filter { $0 > position })
        }
        memo.conceptEnds[key] = result
        return result
    }

    /// The longest match of a pattern starting at each word (nil where none).
    func longestMatches(_ pattern: [RefElement]) -> [Range<Int>] {
        tokens.indices.compactMap { start in
            let all = ends(pattern, 0, start, sentence: tokens[start].sentence, first: true).filter { $0 > start }
            return all.max().map { start..<$0 }
        }
    }
}
