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

    /// The view of a normalised message: each word's bytes and stem read where they lie in its byte buffer.
    init(_ normalized: NormalizedText, vocabulary: Vocabulary, speller: Speller?) {
        read(normalized, vocabulary: vocabulary, speller: speller)
    }

    /// The view of words given as strings: what `read` makes of the same words (the tests compare the two).
    init(_ tokens: [Token], vocabulary: Vocabulary, speller: Speller?) {
        begin(tokens.count)
        for token in tokens {
            var word = token.word
            word.withUTF8 { add(vocabulary.id(of: token.stem), word: $0, sentence: token.sentence, kinds: token.kinds, speller) }
        }
        end()
    }

    /// Makes this the view of another normalised message, in the arrays of the last one.
    mutating func read(_ normalized: NormalizedText, vocabulary: Vocabulary, speller: Speller?) {
        begin(normalized.spans.count)
        normalized.bytes.withUnsafeBufferPointer { bytes in
            for span in normalized.spans {
                let id = vocabulary.id(ofBytes: UnsafeBufferPointer(rebasing: bytes[span.stem]))
                add(id, word: UnsafeBufferPointer(rebasing: bytes[span.word]), sentence: Int(span.sentence), kinds: span.kinds, speller)
            }
        }
        end()
    }

    /// Empties the arrays, keeping their room, for `count` words.
    private mutating func begin(_ count: Int) {
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
    }

    /// Adds a word whose stem has vocabulary id `known` (nil: the script never uses it, and the speller may read it as
    /// another word).
    private mutating func add(_ known: Int32?, word: UnsafeBufferPointer<UInt8>, sentence: Int, kinds: WordKinds, _ speller: Speller?) {
        sentences.append(sentence)
        negations.append(kinds.contains(.negationCue))
        if let id = known {
            ids.append(id)
            bytes.append(contentsOf: word)
        } else if let speller, case let typed = String(decoding: word, as: UTF8.self), let fix = speller.correct(typed) {
            ids.append(fix.id)
            bytes.append(contentsOf: fix.word.utf8)
            corrections.append((typed, fix.word))
        } else {
            ids.append(-1)
            bytes.append(contentsOf: word)
        }
        wordStart.append(Int32(bytes.count))
    }

    /// Each word's sentence end, once every word is in.
    private mutating func end() {
        let count = ids.count
        sentenceEnd.removeAll(keepingCapacity: true)
        for _ in 0..<count { sentenceEnd.append(Int32(count)) }
        var p = count - 2
        while p >= 0 {
            sentenceEnd[p] = sentences[p] == sentences[p + 1] ? sentenceEnd[p + 1] : Int32(p + 1)
            p -= 1
        }
    }
}
