/// The single I/O thread: a readiness loop (epoll or kqueue) over nonblocking sockets that accepts, reads, parses,
/// hands complete requests to the worker pool, and writes the responses the workers post back.
final class EventLoop {
    let configuration: HTTPServerConfiguration
    let poller: Poller
    let mailbox: Mailbox
    let pool: WorkerPool
    let onLog: (@Sendable (HTTPRequestLog) -> Void)?
    var listener: Int32?

    /// Connections indexed by file descriptor.
    var connections: [Connection?] = []
    var activeCount = 0
    /// Open connections per client address.
    var clientLimits: ClientLimits
    var rejectedCount = 0
    var nextSerial: UInt64 = 0
    var now: Double
    var dateHeader = DateHeader()
    var acceptPausedUntil: Double?
    var shuttingDown = false
    var shutdownDeadline = 0.0
    /// Idle connections stay open until then during a shutdown.
    var shutdownQuietDeadline = 0.0
    /// How often timeouts are checked.
    let tick: Double
    var nextSweep: Double
    let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
    var completionBatch: [Completion] = []

    /// Stop reading from a connection while this much is buffered and unprocessed.
    var readCap: Int { configuration.maxHeaderBytes + configuration.maxBodyBytes }
    var liveCount: Int { activeCount + rejectedCount }

    init(configuration: HTTPServerConfiguration, listener: Int32, pool: WorkerPool, mailbox: Mailbox,
         onLog: (@Sendable (HTTPRequestLog) -> Void)?) throws {
        self.configuration = configuration
        self.listener = listener
        self.pool = pool
        self.mailbox = mailbox
        self.onLog = onLog
        poller = try Poller()
        clientLimits = ClientLimits(limit: configuration.maxConnectionsPerClient)
        now = Platform.monotonicNow()
        let shortest = min(configuration.requestTimeout, configuration.idleTimeout,
                           configuration.pressureRequestTimeout, configuration.pressureIdleTimeout)
        tick = min(0.5, max(0.01, shortest / 8))
        nextSweep = now + tick
        poller.add(listener, flags: Poller.readable)
        poller.add(mailbox.wakeup.fd, flags: Poller.readable)
    }

    deinit { readBuffer.deallocate() }

    /// Runs until shutdown has been requested and every connection is closed.
    func run() {
        while !(shuttingDown && liveCount == 0) {
            poller.wait(timeoutMilliseconds: waitTimeout()) { event in
                now = Platform.monotonicNow()
                handle(event)
            }
            now = Platform.monotonicNow()
            if now >= nextSweep {
                sweep()
                nextSweep = now + tick
            }
        }
        closeListener()
    }

    /// Sleep forever when nothing is open; otherwise wake for the next timeout sweep.
    private func waitTimeout() -> Int32 {
        if liveCount == 0 && acceptPausedUntil == nil && !shuttingDown { return -1 }
        return Int32(max(1, ((nextSweep - Platform.monotonicNow()) * 1000).rounded(.up)))
    }

    private func handle(_ event: PollerEvent) {
        if event.fd == listener {
            acceptConnections()
        } else if event.fd == mailbox.wakeup.fd {
            deliverCompletions()
        } else if let connection = connection(for: event.fd) {
            handleSocket(connection, flags: event.flags)
        }
    }

    func connection(for fd: Int32) -> Connection? {
        fd >= 0 && Int(fd) < connections.count ? connections[Int(fd)] : nil
    }

    /// Calls the log hook on the loop thread, for responses the loop makes itself.
    func log(_ method: String, _ path: String, status: Int, since start: Double?, bodyBytes: Int, remote: String) {
        onLog?(HTTPRequestLog(method: method, path: path, status: status, durationSeconds: start.map { now - $0 } ?? 0,
                              bodyBytes: bodyBytes, remoteAddress: remote))
    }
}
