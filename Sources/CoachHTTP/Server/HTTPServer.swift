/// An HTTP/1.1 server: one event-loop thread (epoll or kqueue) for all sockets plus a fixed pool of
/// worker threads that run the responder.
public final class HTTPServer: Sendable {
    private enum Phase { case idle, running, stopped }

    /// The server's phase and, once started, what `shutdown()` needs to reach the loop.
    private struct State {
        var phase = Phase.idle
        var mailbox: Mailbox?
        var pool: WorkerPool?
        var loopThreadID: UInt?
    }

    private let configuration: HTTPServerConfiguration
    private let responder: HTTPResponder
    private let onLog: (@Sendable (HTTPRequestLog) -> Void)?
    /// Signalled when the phase becomes `.stopped`.
    private let state = Monitor(State())

    /// Creates a server; nothing is bound until `start()`. `onLog` runs on worker threads (and on
    /// the loop thread for errors the server answers itself), so it must be quick and thread-safe.
    public init(configuration: HTTPServerConfiguration, responder: HTTPResponder,
                onLog: (@Sendable (HTTPRequestLog) -> Void)? = nil) {
        self.configuration = configuration
        self.responder = responder
        self.onLog = onLog
    }

    /// Binds, listens and starts the loop and worker threads; returns the bound port.
    @discardableResult
    public func start() throws -> UInt16 {
        try state.withLock { state in try start(&state) }
    }

    /// `start()` with the lock held.
    private func start(_ state: inout State) throws -> UInt16 {
        guard state.phase == .idle else { throw HTTPServerError.alreadyStarted }
        guard let address = SocketAddress(host: configuration.host, port: configuration.port) else {
            throw HTTPServerError.invalidHost(configuration.host)
        }
        Platform.ignoreBrokenPipes()
        Platform.raiseOpenFileLimit(to: configuration.maxConnections * 9 / 8 + 64)
        let listener: Int32
        do {
            listener = try Platform.listen(on: address, backlog: Int32(clamping: configuration.backlog))
        } catch {
            throw HTTPServerError.system("\(error) on \(configuration.host):\(configuration.port)")
        }
        let pool = WorkerPool()
        do {
            let mailbox = try Mailbox()
            let loop = try EventLoop(configuration: configuration, listener: listener, pool: pool, mailbox: mailbox, onLog: onLog)
            try pool.start(count: configuration.workerCount) { [responder, onLog] job in
                mailbox.post(Self.run(job, responder: responder, onLog: onLog))
            }
            try Platform.spawnThread { [self] in
                self.state.withLock { $0.loopThreadID = Platform.currentThreadID() }
                loop.run()
                pool.stop()
                pool.awaitExit(until: max(loop.shutdownDeadline, Platform.monotonicNow() + 1))
                self.state.withLock { $0.phase = .stopped }
                self.state.broadcast()
            }
            state.mailbox = mailbox
            state.pool = pool
        } catch {
            Platform.close(listener)
            pool.stop()
            throw HTTPServerError.system("\(error)")
        }
        state.phase = .running
        return Platform.localPort(of: listener)
    }

    /// Stops accepting, lets requests in flight finish and their responses be written, closes
    /// every connection and returns once the server has stopped. Idempotent and callable from any
    /// thread; called from a responder or the log hook it only initiates the shutdown.
    public func shutdown() {
        let (wait, pool): (Bool, WorkerPool?) = state.withLock { state in
            switch state.phase {
            case .idle:
                state.phase = .stopped
                return (false, nil)
            case .stopped:
                return (false, nil)
            case .running:
                state.mailbox?.requestShutdown()
                return (state.loopThreadID != Platform.currentThreadID(), state.pool)
            }
        }
        if wait, pool?.isCurrentThreadWorker != true { waitUntilStopped() }
    }

    /// Blocks until the server has stopped (returns at once if it never started).
    public func waitUntilStopped() {
        state.wait(for: { $0.phase != .running }, then: { _ in })
    }

    /// Runs the responder for one job and prepares the response; logs it.
    private static func run(_ job: Job, responder: HTTPResponder, onLog: (@Sendable (HTTPRequestLog) -> Void)?) -> Completion {
        let request = job.request
        let response = responder.response(to: request)
        let prepared = ResponseSerializer.prepare(response, isHeadRequest: request.method == "HEAD")
        onLog?(HTTPRequestLog(method: request.method, path: request.path, status: prepared.status,
                              durationSeconds: Platform.monotonicNow() - job.receivedAt, bodyBytes: prepared.body.count,
                              requestBodyBytes: request.body.count, remoteAddress: request.remoteAddress, route: response.route))
        return Completion(connection: job.connection, prepared: prepared)
    }
}
