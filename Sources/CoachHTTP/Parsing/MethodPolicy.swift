/// Which request methods the server passes to the responder.
enum MethodPolicy {
    static let supported: Set<String> = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"]
    /// Standard methods that are recognised but never allowed: 405 rather than 501.
    static let refused: Set<String> = ["CONNECT", "TRACE", "PATCH"]
    static let allowHeader = "GET, HEAD, POST, PUT, DELETE, OPTIONS"

    /// nil when the method may be served, otherwise the error to answer with.
    static func check(_ method: String) -> HTTPParseError? {
        if supported.contains(method) { return nil }
        return refused.contains(method) ? .methodNotAllowed : .unknownMethod
    }
}
