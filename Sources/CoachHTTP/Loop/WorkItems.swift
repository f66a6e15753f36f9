/// Identifies a connection across descriptor reuse.
struct ConnectionID: Equatable, Sendable {
    var fd: Int32
    var serial: UInt64
}

/// A parsed request handed to a worker.
struct Job: Sendable {
    var connection: ConnectionID
    var request: HTTPRequest
    /// Monotonic time the request became complete.
    var receivedAt: Double
}

/// A worker's finished response, handed back to the loop.
struct Completion: Sendable {
    var connection: ConnectionID
    var prepared: ResponseSerializer.Prepared
}
