/// Where the server listens and the limits it enforces. Times are in seconds.
public struct HTTPServerConfiguration: Sendable {
    /// A numeric IPv4 or IPv6 literal ("127.0.0.1", "::1", "[::1]") or "localhost".
    public var host: String
    /// The TCP port; 0 picks an ephemeral port (see `HTTPServer.start()`).
    public var port: UInt16
    /// Open connections beyond this get 503 and are closed.
    public var maxConnections: Int
    /// Open connections from one IP address beyond this get 503 and are closed, so one client cannot take
    /// every connection; 0 for no limit (behind a reverse proxy every connection comes from the proxy).
    public var maxConnectionsPerClient: Int
    /// Under pressure, when this share of `maxConnections` is open, the shorter timeouts below apply.
    public var pressureThreshold: Double
    /// The idle timeout under pressure.
    public var pressureIdleTimeout: Double
    /// The request timeout (head and body) under pressure.
    public var pressureRequestTimeout: Double
    /// Limit for the request line plus headers; larger heads get 431.
    public var maxHeaderBytes: Int
    /// Limit for Content-Length; larger bodies get 413 without being read.
    public var maxBodyBytes: Int
    /// A request must be complete this long after its first byte, or it gets 408; also the
    /// longest a response write may stall.
    public var requestTimeout: Double
    /// A keep-alive connection with no request in progress is closed after this long.
    public var idleTimeout: Double
    /// Threads that run the responder.
    public var workerCount: Int
    /// How long `shutdown()` waits for requests in flight before closing connections anyway.
    public var shutdownGracePeriod: Double
    /// At shutdown, idle keep-alive connections stay open this long (at most the grace period) so a request
    /// already on its way is answered, with `Connection: close`, rather than dropped.
    public var shutdownQuietPeriod: Double
    /// After a final response, how long unread client bytes are drained before closing.
    public var lingerTimeout: Double
    /// The listen(2) backlog.
    public var backlog: Int

    /// Creates a configuration; every parameter has the documented default.
    public init(host: String = "127.0.0.1", port: UInt16 = 8080, maxConnections: Int = 1024,
                maxConnectionsPerClient: Int = 256, pressureThreshold: Double = 0.75,
                pressureIdleTimeout: Double = 2, pressureRequestTimeout: Double = 3,
                maxHeaderBytes: Int = 16 * 1024, maxBodyBytes: Int = 64 * 1024,
                requestTimeout: Double = 10, idleTimeout: Double = 60,
                workerCount: Int = HTTPServerConfiguration.defaultWorkerCount,
                shutdownGracePeriod: Double = 30, shutdownQuietPeriod: Double = 1, lingerTimeout: Double = 2, backlog: Int = 1024) {
        self.host = host
        self.port = port
        self.maxConnections = maxConnections
        self.maxConnectionsPerClient = maxConnectionsPerClient
        self.pressureThreshold = pressureThreshold
        self.pressureIdleTimeout = pressureIdleTimeout
        self.pressureRequestTimeout = pressureRequestTimeout
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
        self.requestTimeout = requestTimeout
        self.idleTimeout = idleTimeout
        self.workerCount = workerCount
        self.shutdownGracePeriod = shutdownGracePeriod
        self.shutdownQuietPeriod = shutdownQuietPeriod
        self.lingerTimeout = lingerTimeout
        self.backlog = backlog
    }

    /// Twice the online processor count, at least 2.
    public static var defaultWorkerCount: Int { max(2, Platform.processorCount * 2) }
}
