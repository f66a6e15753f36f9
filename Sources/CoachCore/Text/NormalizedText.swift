/// A message after normalisation: the text regular expressions see, and the words keywords see.
public struct NormalizedText: Sendable {
    /// Lower case, accents removed, apostrophes unified, contractions expanded, white space collapsed.
    public let text: String
    /// The text's UTF-8 bytes, then the stems that are not a word's own first bytes: every word and stem is a range of these.
    let bytes: [UInt8]
    /// Words without articles ("a", "an", "the"), in order.
    let spans: [WordSpan]

    init(text: String, bytes: [UInt8], spans: [WordSpan]) {
        (self.text, self.bytes, self.spans) = (text, bytes, spans)
    }

    /// How many words there are (articles left out).
    public var wordCount: Int { spans.count }

    /// The words, each with its stem as strings (made when read: the matcher reads `spans`).
    public var tokens: [Token] {
        spans.map { span in
            Token(word: String(decoding: bytes[span.word], as: UTF8.self), stem: String(decoding: bytes[span.stem], as: UTF8.self),
                  start: Int(span.start), end: Int(span.end), clause: Int(span.clause), sentence: Int(span.sentence), kinds: span.kinds)
        }
    }

    /// The words and the stems as strings, in order (for the compiler: a message's words are read as `spans`).
    var wordList: [String] { spans.map { word($0) } }
    var stemList: [String] { spans.indices.map { stem($0) } }

    /// The words, joined by spaces (for traces).
    public var words: String { wordList.joined(separator: " ") }

    /// Word `k`.
    func word(_ k: Int) -> String { word(spans[k]) }

    func word(_ span: WordSpan) -> String { String(decoding: bytes[span.word], as: UTF8.self) }

    /// Whether word `k` is `literal` (compared as bytes: no string made).
    func word(_ k: Int, is literal: StaticString) -> Bool {
        let word = bytes[spans[k].word]
        return literal.withUTF8Buffer { word.elementsEqual($0) }
    }

    /// The stem of word `k`.
    func stem(_ k: Int) -> String { String(decoding: bytes[spans[k].stem], as: UTF8.self) }

    /// The text of byte range `bytes` (UTF-8 offsets into `text`).
    func text(bytes: Range<Int>) -> Substring { Self.slice(of: text, bytes: bytes) }

    /// The text of byte range `bytes` (UTF-8 offsets into `text`).
    static func slice(of text: String, bytes: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let end = utf8.index(start, offsetBy: bytes.count)
        return text[start..<end]
    }
}
