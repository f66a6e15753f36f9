/// A parsed request line and header section, before the body arrives.
struct RequestHead: Equatable {
    var method: String
    var target: String
    var version: HTTPVersion
    var headers: HTTPHeaders
    var contentLength: Int
    var expectsContinue: Bool
}
