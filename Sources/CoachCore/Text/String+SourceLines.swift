extension String {
    /// The lines of a source file, for LF, CRLF and lone CR endings alike, without a leading byte-order mark.
    /// (Swift treats "\r\n" as one character, so splitting on "\n" alone would miss CRLF files.)
    public var sourceLines: [Substring] {
        let body = first == "\u{FEFF}" ? dropFirst() : Substring(self)
        return body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }
}
