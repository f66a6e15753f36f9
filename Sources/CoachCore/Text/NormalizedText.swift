/// A message after normalisation: the text regular expressions see, and the tokens keywords see.
public struct NormalizedText: Sendable {
    /// Lower case, accents removed, apostrophes unified, contractions expanded, white space collapsed.
    public var text: String
    /// Words without articles ("a", "an", "the"), in order.
    public var tokens: [Token]

    /// The words of `tokens`, joined by spaces (for traces).
    public var words: String { tokens.map(\.word).joined(separator: " ") }

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
