/// One access-log record. Carries no body content and no query string.
public struct HTTPRequestLog: Sendable, Equatable {
    /// The request method, or "-" when the request could not be parsed.
    public var method: String
    /// The raw path without the query, or "-" when unknown.
    public var path: String
    /// The status sent.
    public var status: Int
    /// From the complete request (or the first byte, for timeouts) to the response being ready.
    public var durationSeconds: Double
    /// Response body bytes (like nginx's body_bytes_sent; 0 for HEAD).
    public var bodyBytes: Int
    /// Request body bytes received.
    public var requestBodyBytes: Int
    /// The peer as "ip:port".
    public var remoteAddress: String
    /// The endpoint as the responder named it (`HTTPResponse.route`); nil when the server answered by itself.
    public var route: String?

    /// Creates a record.
    public init(method: String, path: String, status: Int, durationSeconds: Double, bodyBytes: Int,
                requestBodyBytes: Int = 0, remoteAddress: String, route: String? = nil) {
        self.method = method
        self.path = path
        self.status = status
        self.durationSeconds = durationSeconds
        self.bodyBytes = bodyBytes
        self.requestBodyBytes = requestBodyBytes
        self.remoteAddress = remoteAddress
        self.route = route
    }
}
