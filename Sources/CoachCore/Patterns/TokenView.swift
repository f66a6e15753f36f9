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

    /// The view of a normalised message; each word's bytes are copied from the text, not from its `Token`'s string.
    init(_ normalized: NormalizedText, vocabulary: Vocabulary, speller: Speller?) {
        var text = normalized.text
        self = text.withUTF8 { TokenView(normalized.tokens, text: $0, vocabulary: vocabulary, speller: speller) }
    }

    init(_ tokens: [Token], vocabulary: Vocabulary, speller: Speller?) {
        self.init(tokens, text: nil, vocabulary: vocabulary, speller: speller)
    }

    /// `text`, when given, is the normalised text the tokens' byte ranges point into.
    private init(_ tokens: [Token], text: UnsafeBufferPointer<UInt8>?, vocabulary: Vocabulary, speller: Speller?) {
        let count = tokens.count
        var ids: [Int32] = []
        var bytes: [UInt8] = []
        var wordStart: [Int32] = [0]
        var sentences: [Int] = []
        var negations: [Bool] = []
        var corrections: [(typed: String, readAs: String)] = []
        ids.reserveCapacity(count)
        wordStart.reserveCapacity(count + 1)
        bytes.reserveCapacity(count * 8)
        sentences.reserveCapacity(count)
        negations.reserveCapacity(count)
        func appendWord(_ i: Int) {
            if let text {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[tokens[i].start..<tokens[i].end]))
            } else {
                bytes.append(contentsOf: tokens[i].word.utf8)
            }
        }
        for i in 0..<count {
            sentences.append(tokens[i].sentence)
            negations.append(tokens[i].kinds.contains(.negationCue))
            if let id = vocabulary.id(of: tokens[i].stem) {
                ids.append(id)
                appendWord(i)
            } else if let speller, let fix = speller.correct(tokens[i].word) {
                ids.append(fix.id)
                bytes.append(contentsOf: fix.word.utf8)
                corrections.append((tokens[i].word, fix.word))
            } else {
                ids.append(-1)
                appendWord(i)
            }
            wordStart.append(Int32(bytes.count))
        }
        var ends = [Int32](repeating: Int32(count), count: count)
        var p = count - 2
        while p >= 0 {
            ends[p] = sentences[p] == sentences[p + 1] ? ends[p + 1] : Int32(p + 1)
            p -= 1
        }
        self.ids = ids
        self.bytes = bytes
        self.wordStart = wordStart
        self.sentences = sentences
        self.negations = negations
        self.corrections = corrections
        sentenceEnd = ends
    }
}
