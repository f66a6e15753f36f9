/// A complete request as received: head, body and the peer's address.
public struct HTTPRequest: Sendable, Equatable {
    /// The method token, e.g. "POST" (case-sensitive).
    public var method: String
    /// The request target exactly as sent, e.g. "/hooks/telegram?x=1".
    public var target: String
    /// The raw path of the target (no query, not percent-decoded); "*" for OPTIONS *.
    public var path: String
    /// The raw query after the first "?", or nil when there is none.
    public var query: String?
    /// The protocol version of the request line.
    public var version: HTTPVersion
    /// The header fields in arrival order.
    public var headers: HTTPHeaders
    /// The body bytes (Content-Length framed).
    public var body: [UInt8]
    /// The peer as "ip:port", or "" when not from a socket.
    public var remoteAddress: String

    /// Creates a request; `path` and `query` are derived from `target`.
    public init(method: String, target: String, version: HTTPVersion = .http1_1, headers: HTTPHeaders = HTTPHeaders(),
                body: [UInt8] = [], remoteAddress: String = "") {
        self.method = method
        self.target = target
        (path, query) = RequestTarget.split(target)
        self.version = version
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
    }

    /// Whether the client asked to keep the connection open after this exchange.
    public var wantsKeepAlive: Bool {
        let connection = headers.values(for: "Connection").joined(separator: ",")
        if ASCII.listContains(connection, token: "close") { return false }
        if version == .http1_0 { return ASCII.listContains(connection, token: "keep-alive") }
        return version.major == 1 && version.minor >= 1
    }
}
