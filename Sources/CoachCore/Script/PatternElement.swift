/// One piece of a word pattern, as written: words, concepts, alternatives, gaps and exclusions.
///
/// Patterns are matched on the normalised, stemmed words of a message, never across a sentence.
public indirect enum PatternElement: Hashable, Sendable {
    /// A word, matched by its stem: `knife` matches "knives".
    case word(String)
    /// A word beginning: `stab*` matches "stabbed", "stabbing", "stabby".
    case prefix(String)
    /// Exactly this word, not its other forms: `"training"` does not match "train".
    case exact(String)
    /// Any word or phrase of a concept: `~weapon`.
    case concept(Named)
    /// One of several sequences: `[is|was|has been]`.
    case alternatives([[PatternElement]])
    /// A sequence that may be absent: `really?`, `[is|was]?`.
    case optional([PatternElement])
    /// Up to this many words of anything (within the sentence): `*` (3) or `*5`.
    case gap(Int)
    /// The start of the message: `^ [yes|yeah]` is "yes" as the first word.
    case start
    /// The end of the sentence: `~job $` is a job named as a sentence of its own ("Paramedic. ...").
    case end
    /// Not this here: at the start, the word before the match; elsewhere, the next word.
    case not(PatternElement)
}

extension PatternElement {
    /// The single-word elements of a sequence (words, word beginnings, exact words, concepts, gaps, the
    /// start and the end), with alternatives, optional parts and exclusions opened, in order.
    static func leaves(of elements: [PatternElement]) -> [PatternElement] {
        elements.flatMap { element -> [PatternElement] in
            switch element {
            case .alternatives(let branches): return branches.flatMap { leaves(of: $0) }
            case .optional(let inner): return leaves(of: inner)
            case .not(let inner): return leaves(of: [inner])
            case .word, .prefix, .exact, .concept, .gap, .start, .end: return [element]
            }
        }
    }
}

/// A word pattern as written, with where it was written (keywords, `pattern:` lines, concept members).
public struct WordPattern: Hashable, Sendable {
    public var elements: [PatternElement]
    public var source: String
    public var location: SourceLocation

    public init(elements: [PatternElement], source: String, location: SourceLocation) {
        self.elements = elements
        self.source = source
        self.location = location
    }
}
