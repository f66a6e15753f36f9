/// A response produced by a responder. The server adds Content-Length, Date and Connection.
public struct HTTPResponse: Sendable, Equatable {
    /// The status code, 200...599 (anything else is sent as 500).
    public var status: Int
    /// Header fields to send. Content-Length, Transfer-Encoding, Connection and Date are managed
    /// by the server; fields with invalid names or values containing CR, LF or NUL are dropped.
    public var headers: HTTPHeaders
    /// The body bytes (omitted on the wire for HEAD requests and 204/304 statuses).
    public var body: [UInt8]
    /// The endpoint that answered, as the access log and metrics name it (a pattern such as
    /// `/v1/sessions/{user}`, never an id); not sent.
    public var route: String?

    /// Creates a response from its parts.
    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
