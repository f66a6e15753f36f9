/// A message's words as the pattern matcher sees them: vocabulary ids, bytes, sentence numbers.
struct TokenView {
    /// Vocabulary id of each word's stem, or -1 when the script never uses it.
    var ids: [Int32]
    /// Every word's bytes (after spelling correction), one after another; word `p` is `bytes[wordStart[p]..<wordStart[p + 1]]`.
    private(set) var bytes: [UInt8]
    private(set) var wordStart: [Int32]
    let sentences: [Int]
    /// For each word, the position just after the last word of its sentence.
    let sentenceEnd: [Int32]
    /// Whether each word is a negation ("not", "never", ...): gaps never skip one.
    let negations: [Bool]
    var count: Int { ids.count }
    /// Spelling corrections made, for traces: (typed, read as).
    var corrections: [(typed: String, readAs: String)] = []

    /// The bytes of word `position`.
    @inline(__always)
    func word(_ position: Int) -> ArraySlice<UInt8> { bytes[Int(wordStart[position])..<Int(wordStart[position + 1])] }

    init(_ tokens: [Token], vocabulary: Vocabulary, speller: Speller?) {
        ids = []
        bytes = []
        wordStart = [0]
        ids.reserveCapacity(tokens.count)
        wordStart.reserveCapacity(tokens.count + 1)
        bytes.reserveCapacity(tokens.count * 8)
        sentences = tokens.map(\.sentence)
        var ends = [Int32](repeating: Int32(tokens.count), count: tokens.count)
        var p = tokens.count - 2
        while p >= 0 {
            ends[p] = sentences[p] == sentences[p + 1] ? ends[p + 1] : Int32(p + 1)
            p -= 1
        }
        sentenceEnd = ends
        negations = tokens.map { $0.kinds.contains(.negationCue) }
        for token in tokens {
            if let id = vocabulary.id(of: token.stem) {
                ids.append(id)
                bytes.append(contentsOf: token.word.utf8)
            } else if let speller, let fix = speller.correct(token.word) {
                ids.append(fix.id)
                bytes.append(contentsOf: fix.word.utf8)
                corrections.append((token.word, fix.word))
            } else {
                ids.append(-1)
                bytes.append(contentsOf: token.word.utf8)
            }
            wordStart.append(Int32(bytes.count))
        }
    }
}
