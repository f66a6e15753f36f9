/// A message's words as the pattern matcher sees them: vocabulary ids, bytes, clause and sentence numbers.
struct TokenView {
    /// Vocabulary id of each word's stem, or -1 when the script never uses it.
    var ids: [Int32]
    /// Each word's bytes (after spelling correction), for word beginnings.
    var words: [[UInt8]]
    let clauses: [Int]
    let sentences: [Int]
    /// Whether each word is a negation ("not", "never", ...): gaps never skip one.
    let negations: [Bool]
    var count: Int { ids.count }
    /// Spelling corrections made, for traces: (typed, read as).
    var corrections: [(typed: String, readAs: String)] = []

    init(_ tokens: [Token], vocabulary: Vocabulary, speller: Speller?) {
        ids = []
        words = []
        ids.reserveCapacity(tokens.count)
        words.reserveCapacity(tokens.count)
        clauses = tokens.map(\.clause)
        sentences = tokens.map(\.sentence)
        negations = tokens.map { Lexicon.negationCues[$0.word] != nil }
        for token in tokens {
            if let id = vocabulary.id(of: token.stem) {
                ids.append(id)
                words.append(Array(token.word.utf8))
            } else if let speller, let fix = speller.correct(token.word) {
                ids.append(fix.id)
                words.append(Array(fix.word.utf8))
                corrections.append((token.word, fix.word))
            } else {
                ids.append(-1)
                words.append(Array(token.word.utf8))
            }
        }
    }
}
