/// A message's words as the pattern matcher sees them: vocabulary ids, bytes, sentence numbers.
///
/// A view can be filled again for the next message (`read`): its arrays keep their room, so a matcher that keeps one
/// (`MatchWorkspace.view`) allocates nothing for it message after message.
struct TokenView {
    /// Vocabulary id of each word's stem, or -1 when the script never uses it.
    private(set) var ids: [Int32] = []
    /// Every word's bytes (after spelling correction), one after another; word `p` is `bytes[wordStart[p]..<wordStart[p + 1]]`.
    private(set) var bytes: [UInt8] = []
    private(set) var wordStart: [Int32] = [0]
    private(set) var sentences: [Int] = []
    /// For each word, the position just after the last word of its sentence.
    private(set) var sentenceEnd: [Int32] = []
    /// Whether each word is a negation ("not", "never", ...): gaps never skip one.
    private(set) var negations: [Bool] = []
    var count: Int { ids.count }
    /// Spelling corrections made, for traces: (typed, read as).
    private(set) var corrections: [(typed: String, readAs: String)] = []

    /// The bytes of word `position`.
    @inline(__always)
    func word(_ position: Int) -> ArraySlice<UInt8> { bytes[Int(wordStart[position])..<Int(wordStart[position + 1])] }

    /// The first byte of word `position`, or -1 when the word is empty.
    @inline(__always)
    func firstByte(_ position: Int) -> Int16 {
        let start = Int(wordStart[position])
        return start < Int(wordStart[position + 1]) ? Int16(bytes[start]) : -1
    }

    /// A view of no words, to `read` messages into.
    init() {}

    /// The view of a normalised message; each word's bytes are copied from the text, not from its `Token`'s string.
    init(_ normalized: NormalizedText, vocabulary: Vocabulary, speller: Speller?) {
        read(normalized, vocabulary: vocabulary, speller: speller)
    }

    init(_ tokens: [Token], vocabulary: Vocabulary, speller: Speller?) {
        fill(tokens, text: nil, vocabulary: vocabulary, speller: speller)
    }

    /// Makes this the view of another normalised message, in the arrays of the last one.
    mutating func read(_ normalized: NormalizedText, vocabulary: Vocabulary, speller: Speller?) {
        var text = normalized.text
        text.withUTF8 { fill(normalized.tokens, text: $0, vocabulary: vocabulary, speller: speller) }
    }

    /// `text`, when given, is the normalised text the tokens' byte ranges point into.
    private mutating func fill(_ tokens: [Token], text: UnsafeBufferPointer<UInt8>?, vocabulary: Vocabulary, speller: Speller?) {
        let count = tokens.count
        ids.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        wordStart.removeAll(keepingCapacity: true)
        sentences.removeAll(keepingCapacity: true)
        negations.removeAll(keepingCapacity: true)
        corrections.removeAll(keepingCapacity: true)
        ids.reserveCapacity(count)
        wordStart.reserveCapacity(count + 1)
        bytes.reserveCapacity(count * 8)
        sentences.reserveCapacity(count)
        negations.reserveCapacity(count)
        wordStart.append(0)
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
            let known: Int32?
            if let text, tokens[i].stemEnd >= 0 {
                known = vocabulary.id(ofBytes: UnsafeBufferPointer(rebasing: text[tokens[i].start..<tokens[i].stemEnd]))
            } else {
                known = vocabulary.id(of: tokens[i].stem)
            }
            if let id = known {
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
        sentenceEnd.removeAll(keepingCapacity: true)
        for _ in 0..<count { sentenceEnd.append(Int32(count)) }
        var p = count - 2
        while p >= 0 {
            sentenceEnd[p] = sentences[p] == sentences[p + 1] ? sentenceEnd[p + 1] : Int32(p + 1)
            p -= 1
        }
    }
}
