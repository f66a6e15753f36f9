/// One client connection's state. Owned and touched only by the event loop thread.
final class Connection {
    let id: ConnectionID
    let remoteAddress: String
    /// The peer's IP address, for the per-client limit (nil for rejected connections, which are not counted).
    let clientAddress: String?
    /// Accepted over the connection limit: it only gets a 503.
    let isRejected: Bool
    var parser: HTTPRequestParser

    /// Bytes queued for the socket, sent from `outputOffset`.
    var output: [UInt8] = []
    var outputOffset = 0
    var lastWriteProgress: Double

    /// A request from this connection is with a worker.
    var inFlight = false
    var inFlightKeepAlive = true
    var inFlightIsHTTP10 = false
    /// The peer shut its sending side (read returned 0).
    var peerClosed = false
    /// The response being written is the last; then linger and close.
    var closeAfterWrite = false
    /// Our side is shut; unread client bytes are discarded until EOF or `drainDeadline`.
    var draining = false
    var drainDeadline = 0.0
    var drainedBytes = 0

    /// When the connection last started waiting for a request (nil while one is being handled).
    var waitingSince: Double?
    /// When the first byte of the request being received arrived.
    var requestStartedAt: Double?
    var sentContinue = false
    /// The readiness interest currently registered with the poller.
    var registeredFlags: UInt32

    init(id: ConnectionID, remoteAddress: String, clientAddress: String?, isRejected: Bool, parser: HTTPRequestParser,
         now: Double, flags: UInt32) {
        self.id = id
        self.remoteAddress = remoteAddress
        self.clientAddress = clientAddress
        self.isRejected = isRejected
        self.parser = parser
        lastWriteProgress = now
        waitingSince = now
        registeredFlags = flags
    }

    var hasPendingOutput: Bool { outputOffset < output.count }
    var pendingOutputCount: Int { output.count - outputOffset }
}
