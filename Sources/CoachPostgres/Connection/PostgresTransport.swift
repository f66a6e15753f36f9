/// A byte stream to the server: a TCP socket in production, a recorded exchange in tests.
public protocol PostgresTransport: AnyObject {
    /// Sends every byte, or throws `PostgresError.connection`.
    func write(_ bytes: [UInt8]) throws
    /// Appends at least one received byte to `buffer`; throws `PostgresError.connection` at end of stream or on error.
    func read(into buffer: inout [UInt8]) throws
    /// Closes the stream; later calls throw.
    func close()
}
