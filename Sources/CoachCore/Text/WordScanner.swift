/// Splits folded bytes into words, expands contractions, and builds the normalised text and tokens.
struct WordScanner {
    let bytes: [UInt8]
    private var index = 0
    private var text = [UInt8]()
    private var tokens = [Token]()
    private var clause = 0
    private var sentence = 0
    private var pendingSpace = false

    init(bytes: [UInt8]) {
        self.bytes = bytes
        text.reserveCapacity(bytes.count + 16)
        tokens.reserveCapacity(min(32, bytes.count / 3 + 1))  // about one word in four or five bytes
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
        return NormalizedText(text: String(decoding: text, as: UTF8.self), tokens: tokens)
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
            for word in Contractions.expand(raw) { emit(word) }
            return
        }
        let info = Lexicon.wordInfo.find(raw)
        if let expansion = info?.expansion {
            for word in expansion { emit(word) }
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

    /// Appends a word to the text and, unless it is an article, to the tokens; `info` is what `Lexicon` knows of it.
    private mutating func emit(_ word: ArraySlice<UInt8>, _ info: WordInfo?) {
        if pendingSpace || (!text.isEmpty && isWordByte(text[text.count - 1])) { text.append(0x20) }
        pendingSpace = false
        let start = text.count
        text.append(contentsOf: word)
        if info?.isClauseWord == true { clause += 1 }
        if info?.isArticle == true { return }
        let string = String(decoding: word, as: UTF8.self)
        let stem: String
        var stemEnd = -1
        if let irregular = info?.irregularStem {
            stem = irregular
        } else if let cut = Stemmer.regularCut(word) {
            stem = Stemmer.stem(of: word, cut)
            if !cut.addsY { stemEnd = start + cut.kept }
        } else {
            stem = string
            stemEnd = text.count
        }
        tokens.append(Token(word: string, stem: stem, start: start, end: text.count,
                            clause: clause, sentence: sentence, kinds: info?.kinds ?? [], stemEnd: stemEnd))
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
