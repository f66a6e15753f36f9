/// Why a request could not be parsed, and the status to answer with before closing.
public enum HTTPParseError: Error, Equatable, Sendable {
    /// The request line is not `method SP target SP HTTP/x.y`.
    case malformedRequestLine
    /// The target is not origin-form, absolute-form or `*` (for OPTIONS).
    case invalidRequestTarget
    /// A line ends in a bare LF or contains a bare CR.
    case invalidLineEnding
    /// A header line has no colon, a bad name, whitespace before the colon, obs-fold or control characters.
    case malformedHeader
    /// HTTP/1.1 without exactly one Host field.
    case invalidHost
    /// Content-Length is not a number, or several disagree.
    case invalidContentLength
    /// The request line plus headers exceed the header limit.
    case headersTooLarge
    /// Content-Length exceeds the body limit.
    case bodyTooLarge
    /// A transfer coding other than chunked (e.g. gzip).
    case unsupportedTransferEncoding
    /// Transfer-Encoding with Content-Length, chunked not last, or Transfer-Encoding in HTTP/1.0.
    case invalidTransferEncoding
    /// A chunked body whose framing is malformed (chunk size, missing CRLF after the data).
    case invalidChunkedBody
    /// A well-formed version other than HTTP/1.0 or HTTP/1.1.
    case unsupportedVersion
    /// A method token this server does not know.
    case unknownMethod
    /// A standard method (CONNECT, TRACE, PATCH) the server never allows.
    case methodNotAllowed
    /// An Expect field other than 100-continue.
    case unsupportedExpectation

    /// The status code to send.
    public var status: Int {
        switch self {
        case .malformedRequestLine, .invalidRequestTarget, .invalidLineEnding, .malformedHeader,
             .invalidHost, .invalidContentLength, .invalidTransferEncoding, .invalidChunkedBody:
            return 400
        case .methodNotAllowed: return 405
        case .bodyTooLarge: return 413
        case .unsupportedExpectation: return 417
        case .headersTooLarge: return 431
        case .unsupportedTransferEncoding, .unknownMethod: return 501
        case .unsupportedVersion: return 505
        }
    }

    /// A short human-readable explanation for the error body.
    public var message: String {
        switch self {
        case .malformedRequestLine: return "malformed request line"
        case .invalidRequestTarget: return "invalid request target"
        case .invalidLineEnding: return "lines must end with CRLF"
        case .malformedHeader: return "malformed header field"
        case .invalidHost: return "HTTP/1.1 requests need exactly one Host header"
        case .invalidContentLength: return "invalid Content-Length"
        case .headersTooLarge: return "request headers too large"
        case .bodyTooLarge: return "request body too large"
        case .unsupportedTransferEncoding: return "only the chunked transfer coding is supported"
        case .invalidTransferEncoding: return "invalid Transfer-Encoding: chunked must be the final coding, without Content-Length, in HTTP/1.1"
        case .invalidChunkedBody: return "malformed chunked body"
        case .unsupportedVersion: return "HTTP version not supported"
        case .unknownMethod: return "method not implemented"
        case .methodNotAllowed: return "method not allowed"
        case .unsupportedExpectation: return "only Expect: 100-continue is supported"
        }
    }

    /// The error as a JSON error response (with Allow for 405).
    public var response: HTTPResponse {
        var response = HTTPResponse.error(status, message)
        if self == .methodNotAllowed { response.headers.add("Allow", MethodPolicy.allowHeader) }
        return response
    }
}
