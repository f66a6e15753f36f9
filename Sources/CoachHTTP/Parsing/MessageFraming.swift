/// Body framing and other semantic checks on a parsed header section.
enum MessageFraming {
    /// The declared body length: 0 when absent; identical repeats allowed, disagreement is an error.
    /// Values too large for Int saturate, so they fail the body limit rather than parse as small.
    static func contentLength(_ headers: HTTPHeaders) throws -> Int {
        var length: Int?
        for value in headers.values(for: "Content-Length") {
            for element in value.split(separator: ",", omittingEmptySubsequences: false) {
                let digits = element.trimmingOWS
                guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
                    throw HTTPParseError.invalidContentLength
                }
                let parsed = Int(digits) ?? Int.max
                if let length, length != parsed { throw HTTPParseError.invalidContentLength }
                length = parsed
            }
        }
        return length ?? 0
    }

    /// Whether the body is chunked. Only chunked (and the obsolete identity) are understood; chunked must be
    /// the final coding, HTTP/1.0 may not use Transfer-Encoding, and Content-Length may not come with it
    /// (RFC 9112, section 6.1: a message with both is a smuggling attempt and the connection closes).
    static func isChunked(_ headers: HTTPHeaders, version: HTTPVersion) throws -> Bool {
        var codings: [String] = []
        for value in headers.values(for: "Transfer-Encoding") {
            for coding in value.split(separator: ",") where !coding.trimmingOWS.isEmpty {
                codings.append(String(coding.trimmingOWS))
            }
        }
        let meaningful = codings.filter { !ASCII.equalsIgnoringCase($0, "identity") }
        guard !meaningful.isEmpty else { return false }
        guard meaningful.allSatisfy({ ASCII.equalsIgnoringCase($0, "chunked") }) else {
            throw HTTPParseError.unsupportedTransferEncoding
        }
        guard meaningful.count == 1, ASCII.equalsIgnoringCase(codings.last!, "chunked"), version == .http1_1,
              !headers.contains("Content-Length") else {
            throw HTTPParseError.invalidTransferEncoding
        }
        return true
    }

    /// HTTP/1.1 needs exactly one Host field.
    static func checkHost(_ headers: HTTPHeaders, version: HTTPVersion) throws {
        let count = headers.values(for: "Host").count
        if count > 1 || (version == .http1_1 && count == 0) { throw HTTPParseError.invalidHost }
    }

    /// Whether the client waits for 100 Continue; other expectations are refused.
    static func expectsContinue(_ headers: HTTPHeaders, version: HTTPVersion) throws -> Bool {
        guard let expect = headers["Expect"] else { return false }
        guard ASCII.equalsIgnoringCase(expect, "100-continue") else { throw HTTPParseError.unsupportedExpectation }
        return version == .http1_1
    }
}
