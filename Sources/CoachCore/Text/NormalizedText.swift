/// A message after normalisation: the text regular expressions see, and the tokens keywords see.
public struct NormalizedText: Sendable {
    /// Lower case, accents removed, apostrophes unified, contractions expanded, white space collapsed.
    public var text: String
    /// Words without articles ("a", "an", "the"), in order.
    public var tokens: [Token]

    /// The words of `tokens`, joined by spaces (for traces).
    public var words: String { tokens.map(\.word).joined(separator: " ") }
}
