/// An error a responder throws to answer with a status and a message: `{"error":{"message":…}}`.
public struct HTTPError: Error, Equatable, Sendable {
    /// The status to answer with.
    public var status: Int
    /// What went wrong, in words a client's developer can act on.
    public var message: String
    /// Fields the error response carries besides Content-Type (`Allow` for a 405, `Retry-After` for a 429).
    public var headers: HTTPHeaders

    /// An error answered with `status` and `message`.
    public init(_ status: Int, _ message: String, headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.message = message
        self.headers = headers
    }
}
