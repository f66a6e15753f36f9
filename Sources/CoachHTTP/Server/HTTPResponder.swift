/// The application side of the server: turns a request value into a response value.
///
/// Called synchronously on a worker thread, one request per connection at a time; it may
/// block briefly (e.g. fsync) but long waits hold a worker. A thrown error becomes its JSON
/// error response (see `HTTPResponse.init(error:)`).
public protocol HTTPResponder: Sendable {
    /// The response to send for `request`.
    func respond(to request: HTTPRequest) throws -> HTTPResponse
}

extension HTTPResponder {
    /// The response for `request`, a thrown error turned into its error response: what the server sends.
    public func response(to request: HTTPRequest) -> HTTPResponse {
        HTTPResponse.answering { try respond(to: request) }
    }
}

/// A responder made from a closure, handy for tests and small tools.
public struct ClosureResponder: HTTPResponder {
    private let body: @Sendable (HTTPRequest) throws -> HTTPResponse

    /// Wraps `body` as a responder.
    public init(_ body: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse) { self.body = body }

    /// Calls the wrapped closure.
    public func respond(to request: HTTPRequest) throws -> HTTPResponse { try body(request) }
}
