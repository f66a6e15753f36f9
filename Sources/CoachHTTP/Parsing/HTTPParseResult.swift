/// What the parser has for the caller after the bytes fed so far.
public enum HTTPParseResult: Equatable, Sendable {
    /// A complete request; more may follow in the buffer.
    case request(HTTPRequest)
    /// More bytes are needed.
    case incomplete
    /// The stream is unusable; answer with the error's status and close.
    case failure(HTTPParseError)
}
