/// A parsed request line and header section, before the body arrives.
struct RequestHead: Equatable {
    var method: String
    var target: String
    var version: HTTPVersion
    var headers: HTTPHeaders
    var contentLength: Int
    /// The body is `Transfer-Encoding: chunked` (then `contentLength` is 0).
    var chunked = false
    var expectsContinue: Bool
}
