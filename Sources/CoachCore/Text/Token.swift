/// One word of a normalised message, with its stem and where it sits (`NormalizedText.tokens`; the matcher reads `WordSpan`s).
public struct Token: Hashable, Sendable {
    /// The normalised word: lower case, accents removed, contractions expanded.
    public var word: String
    /// The word with simple inflections removed, used for keyword matching.
    public var stem: String
    /// Byte range of the word in `NormalizedText.text`.
    public var start: Int
    public var end: Int
    /// Clause number: punctuation and words like "but" start a new clause (negation stops there).
    public var clause: Int
    /// Sentence number: `.`, `!` and `?` start a new sentence (word patterns never cross one).
    public var sentence: Int = 0
    /// What `Lexicon` says of the word, found by the scanner's one look-up, so matching asks no set of strings.
    var kinds: WordKinds = []
}

/// The closed word lists of `Lexicon` a word belongs to.
struct WordKinds: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let negationCue = WordKinds(rawValue: 1)
    static let negationStopper = WordKinds(rawValue: 2)
    static let negationTransparent = WordKinds(rawValue: 4)
    static let makesNoNonNegating = WordKinds(rawValue: 8)
    static let filler = WordKinds(rawValue: 16)
    static let stopword = WordKinds(rawValue: 32)
}
