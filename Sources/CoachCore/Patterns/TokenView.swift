/// A message's words as the pattern matcher sees them: vocabulary ids, bytes, sentence numbers.
///
/// The words are ranges of the normalised message's byte buffer, shared with it, not copied; a word the speller reads as
/// another is written after them. A view can be filled again for the next message (`read`): its arrays keep their room, so
/// a matcher that keeps one (`MatchWorkspace.view`) allocates nothing for it message after message.
struct TokenView {
    /// Vocabulary id of each word's stem, or -1 when the script never uses it.
    private(set) var ids: [Int32] = []
    /// The normalised message's bytes, then the words spelling corrections made: word `p` is `bytes[spans[p].word]`.
    private(set) var bytes: [UInt8] = []
    /// The normalised message's words (a corrected word's range moved to its correction).
    private var spans: [WordSpan] = []
    /// For each word, the position just after the last word of its sentence.
    private(set) var sentenceEnd: [Int32] = []
    var count: Int { ids.count }
    /// Spelling corrections made, for traces: (typed, read as).
    private(set) var corrections: [(typed: String, readAs: String)] = []

    /// The bytes of word `position`.
    @inline(__always)
    func word(_ position: Int) -> ArraySlice<UInt8> { bytes[spans[position].word] }

    /// The first byte of word `position`, or -1 when the word is empty.
    @inline(__always)
    func firstByte(_ position: Int) -> Int16 {
        let span = spans[position]
        return span.start < span.end ? Int16(bytes[Int(span.start)]) : -1
    }

    /// The sentence number of word `position`.
    @inline(__always)
    func sentence(_ position: Int) -> Int { Int(spans[position].sentence) }

    /// Whether word `position` is a negation ("not", "never", ...): gaps never skip one.
    @inline(__always)
    func isNegation(_ position: Int) -> Bool { spans[position].kinds.contains(.negationCue) }

    /// Every word's sentence number (for tests).
    var sentences: [Int] { spans.indices.map(sentence) }

    /// A view of no words, to `read` messages into.
    init() {}

    /// The view of a normalised message: each word's stem looked up where it lies in the message's bytes.
    init(_ normalized: NormalizedText, vocabulary: Vocabulary, speller: Speller?) {
        read(normalized, vocabulary: vocabulary, speller: speller)
    }

    /// The view of words given as strings: what `read` makes of the same words (the tests compare the two).
    init(_ tokens: [Token], vocabulary: Vocabulary, speller: Speller?) {
        var bytes: [UInt8] = [], spans: [WordSpan] = []
        for token in tokens {
            let start = Int32(bytes.count)
            bytes.append(contentsOf: token.word.utf8)
            let end = Int32(bytes.count)
            spans.append(WordSpan(start: start, end: end, stemStart: start, stemEnd: end, clause: Int32(token.clause),
                                  sentence: Int32(token.sentence), kinds: token.kinds))
        }
        begin(bytes, spans)
        for token in tokens { ids.append(vocabulary.id(of: token.stem) ?? -1) }
        finish(speller)
    }

    /// Makes this the view of another normalised message, in the arrays of the last one.
    mutating func read(_ normalized: NormalizedText, vocabulary: Vocabulary, speller: Speller?) {
        begin(normalized.bytes, normalized.spans)
        normalized.bytes.withUnsafeBufferPointer { bytes in
            for span in normalized.spans {
                ids.append(vocabulary.id(ofBytes: UnsafeBufferPointer(rebasing: bytes[span.stem])) ?? -1)
            }
        }
        finish(speller)
    }

    /// Takes the message's bytes and words (shared, not copied) and empties the other arrays, keeping their room.
    private mutating func begin(_ bytes: [UInt8], _ spans: [WordSpan]) {
        (self.bytes, self.spans) = (bytes, spans)
        ids.removeAll(keepingCapacity: true)
        ids.reserveCapacity(spans.count)
        corrections.removeAll(keepingCapacity: true)
    }

    /// Reads each word the script never uses as the speller corrects it, if it does, and finds each word's sentence end.
    /// The speller is asked where it lies (`speller?.correct`): binding it (`if let`) copied it, retaining its dozen arrays.
    private mutating func finish(_ speller: Speller?) {
        if speller != nil {
            for p in ids.indices where ids[p] < 0 {
                let typed = String(decoding: word(p), as: UTF8.self)
                guard let fix = speller?.correct(typed) else { continue }
                ids[p] = fix.id
                let start = Int32(bytes.count)
                bytes.append(contentsOf: fix.word.utf8)
                (spans[p].start, spans[p].end) = (start, Int32(bytes.count))
                corrections.append((typed, fix.word))
            }
        }
        let count = ids.count
        sentenceEnd.removeAll(keepingCapacity: true)
        for _ in 0..<count { sentenceEnd.append(Int32(count)) }
        var p = count - 2
        while p >= 0 {
            sentenceEnd[p] = spans[p].sentence == spans[p + 1].sentence ? sentenceEnd[p + 1] : Int32(p + 1)
            p -= 1
        }
    }
}
