/// Splits folded bytes into words, expands contractions, and builds the normalised text and its words (`WordSpan`s):
/// ranges of one byte buffer, no string per word.
struct WordScanner {
    let bytes: [UInt8]
    private var index = 0
    private var text = [UInt8]()
    /// The stems that are not a word's first bytes, written after the text at the end (their spans count from here till then,
    /// as `~offset`).
    private var stems = [UInt8]()
    private var spans = [WordSpan]()
    private var clause = 0
    private var sentence = 0
    private var pendingSpace = false

    init(bytes: [UInt8]) {
        self.bytes = bytes
        text.reserveCapacity(bytes.count + 16)
        spans.reserveCapacity(min(32, bytes.count / 3 + 1))  // about one word in four or five bytes
    }

    mutating func run() -> NormalizedText {
        while index < bytes.count {
            let byte = bytes[index]
            if isWordByte(byte) {
                scanWord()
            } else if byte == 0x20 || byte == 0x09 {
                pendingSpace = !text.isEmpty
                index += 1
            } else {
                if byte == UInt8(ascii: "'") || isInnerHyphen(at: index) {
                    index += 1  // a hyphen inside a word ("no-one", "co-worker") separates words without ending the clause
                    pendingSpace = !text.isEmpty
                    continue
                }
                if isClauseMark(byte) { clause += 1 }
                if isSentenceMark(byte) { sentence += 1 }
                text.append(byte)
                pendingSpace = false
                index += 1
            }
        }
        let string = String(decoding: text, as: UTF8.self)
        if !stems.isEmpty {
            let offset = Int32(text.count)
            text.append(contentsOf: stems)
            for k in spans.indices where spans[k].stemStart < 0 {
                (spans[k].stemStart, spans[k].stemEnd) = (offset + ~spans[k].stemStart, offset + ~spans[k].stemEnd)
            }
        }
        return NormalizedText(text: string, bytes: text, spans: spans)
    }

    private mutating func scanWord() {
        var end = index
        while end < bytes.count, isWordByte(bytes[end]) || isInnerApostrophe(at: end) { end += 1 }
        let raw = bytes[index..<end]
        index = end
        if raw.count == 1, raw.first == UInt8(ascii: "w"), index < bytes.count, bytes[index] == UInt8(ascii: "/") {
            index += 1  // "w/" is "with", "w/o" is "without"
            if index < bytes.count, bytes[index] == UInt8(ascii: "o"), index + 1 >= bytes.count || !isWordByte(bytes[index + 1]) {
                index += 1
                emit("without")
            } else {
                emit("with")
            }
            return
        }
        if raw.contains(UInt8(ascii: "'")) {
            if let (first, second) = ContractionBytes.expand(raw) {
                emit(first, Lexicon.wordInfo.find(first))
                if let second { emit(second, Lexicon.wordInfo.find(second)) }
            } else {
                for word in Contractions.expand(raw) { emit(word) }
            }
            return
        }
        let info = Lexicon.wordInfo.find(raw)
        if let index = info?.expansionIndex, index >= 0 {
            // The words are kept as bytes with what `Lexicon` knows of them: no `String` or look-up per word.
            for word in Lexicon.expansionWords[Int(index)] { emit(word.bytes[...], word.info) }
            return
        }
        emit(raw, info)
    }

    private func isInnerHyphen(at position: Int) -> Bool {
        bytes[position] == UInt8(ascii: "-") && position > 0 && position + 1 < bytes.count
            && isLetter(bytes[position - 1]) && isLetter(bytes[position + 1])
    }

    private func isInnerApostrophe(at position: Int) -> Bool {
        bytes[position] == UInt8(ascii: "'") && position + 1 < bytes.count && isLetter(bytes[position + 1])
            && position > 0 && isLetter(bytes[position - 1])
    }

    private mutating func emit(_ word: String) {
        emit(Array(word.utf8)[...], Lexicon.wordInfo.find(word.utf8))
    }

    /// Appends a word to the text and, unless it is an article, to the words; `info` is what `Lexicon` knows of it.
    private mutating func emit(_ word: ArraySlice<UInt8>, _ info: WordInfo?) {
        if pendingSpace || (!text.isEmpty && isWordByte(text[text.count - 1])) { text.append(0x20) }
        pendingSpace = false
        let start = text.count
        text.append(contentsOf: word)
        if info?.isClauseWord == true { clause += 1 }
        if info?.isArticle == true { return }
        var stem = (start: Int32(start), end: Int32(text.count))  // the word itself
        if let irregular = info?.irregularStem {
            stem = extraStem(irregular.utf8, addingY: false)
        } else if let cut = Stemmer.regularCut(word) {
            stem = cut.addsY ? extraStem(word.prefix(cut.kept), addingY: true) : (stem.start, stem.start + Int32(cut.kept))
        }
        spans.append(WordSpan(start: Int32(start), end: Int32(text.count), stemStart: stem.start, stemEnd: stem.end,
                              clause: Int32(clause), sentence: Int32(sentence), kinds: info?.kinds ?? []))
    }

    /// Writes a stem that is not the word's first bytes (`bytes`, then a "y" if asked) after the others; its range, as
    /// `~offset` in `stems` until `run` places them after the text.
    private mutating func extraStem<Bytes: Collection>(_ bytes: Bytes, addingY: Bool) -> (start: Int32, end: Int32)
    where Bytes.Element == UInt8 {
        let start = Int32(stems.count)
        stems.append(contentsOf: bytes)
        if addingY { stems.append(UInt8(ascii: "y")) }
        return (~start, ~Int32(stems.count))
    }

    private func isSentenceMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ";")
    }

    private func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 }
    private func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 }
    private func isClauseMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
