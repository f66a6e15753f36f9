/// The application side of the server: turns a request into a response.
///
/// Called synchronously on a worker thread, one request per connection at a time; it may
/// block briefly (e.g. fsync) but long waits hold a worker.
public protocol HTTPResponder: Sendable {
    /// The response to send for `request`.
    func respond(to request: HTTPRequest) -> HTTPResponse
}

/// A responder made from a closure, handy for tests and small tools.
public struct ClosureResponder: HTTPResponder {
    private let body: @Sendable (HTTPRequest) -> HTTPResponse

    /// Wraps `body` as a responder.
    public init(_ body: @escaping @Sendable (HTTPRequest) -> HTTPResponse) { self.body = body }

    /// Calls the wrapped closure.
    public func respond(to request: HTTPRequest) -> HTTPResponse { body(request) }
}
