/// One word of a normalised message as ranges of `NormalizedText.bytes`: its bytes, its stem's, and where it sits. The
/// matcher and the decider read these; `Token` is the same with the word and stem as strings, made only when asked for.
struct WordSpan: Sendable {
    /// The word's bytes (UTF-8 offsets into `NormalizedText.text`, which `bytes` begins with).
    var start: Int32, end: Int32
    /// The stem's bytes: the word's first bytes, or (an irregular stem, or one with a "y" added) bytes after the text.
    var stemStart: Int32, stemEnd: Int32
    /// Clause and sentence numbers (`Token.clause`, `Token.sentence`).
    var clause: Int32, sentence: Int32
    /// What `Lexicon` says of the word.
    var kinds: WordKinds

    var word: Range<Int> { Int(start)..<Int(end) }
    var stem: Range<Int> { Int(stemStart)..<Int(stemEnd) }
}
