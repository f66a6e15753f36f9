extension EventLoop {
    func handleSocket(_ connection: Connection, flags: UInt32) {
        if flags & (Poller.readable | Poller.hangUp | Poller.error) != 0 {
            if connection.draining {
                discardInput(connection)
                return
            }
            if !connection.peerClosed { readInput(connection) }
        }
        guard isOpen(connection) else { return }
        if flags & (Poller.hangUp | Poller.error) != 0 {
            // Both directions are gone (reset, or closed after our shutdown): nothing can be delivered.
            close(connection)
            return
        }
        if flags & Poller.writable != 0 { flush(connection) }
    }

    /// One read per readiness event keeps the loop fair across connections.
    private func readInput(_ connection: Connection) {
        switch Platform.read(connection.id.fd, into: readBuffer) {
        case let .transferred(count):
            connection.parser.append(UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]))
        case .endOfStream:
            connection.peerClosed = true
        case .wouldBlock:
            return
        case .failed:
            close(connection)
            return
        }
        processInput(connection)
    }

    /// Takes the next request from the connection's buffer when it has nothing in progress.
    func processInput(_ connection: Connection) {
        guard !connection.inFlight, !connection.closeAfterWrite, !connection.draining, !connection.isRejected,
              connection.pendingOutputCount < 64 * 1024
        else {
            updateInterest(connection)
            return
        }
        switch connection.parser.next() {
        case var .request(request):
            request.remoteAddress = connection.remoteAddress
            dispatch(request, on: connection)
        case .incomplete:
            if connection.peerClosed {
                // EOF between requests or mid-request: nothing more will arrive.
                if connection.hasPendingOutput { connection.closeAfterWrite = true } else { close(connection); return }
            }
            if connection.waitingSince == nil { connection.waitingSince = now }
            if connection.parser.isMidRequest, connection.requestStartedAt == nil { connection.requestStartedAt = now }
            if connection.parser.expectsContinue, !connection.sentContinue {
                connection.sentContinue = true
                connection.output.append(contentsOf: "HTTP/1.1 100 Continue\r\n\r\n".utf8)
                flush(connection)
                return
            }
        case let .failure(error):
            sendError(connection, error.response, method: "-", path: "-", since: connection.requestStartedAt)
            return
        }
        updateInterest(connection)
    }

    private func dispatch(_ request: HTTPRequest, on connection: Connection) {
        connection.inFlight = true
        connection.inFlightKeepAlive = request.wantsKeepAlive
        connection.inFlightIsHTTP10 = request.version == .http1_0
        connection.waitingSince = nil
        connection.requestStartedAt = nil
        connection.sentContinue = false
        pool.submit(Job(connection: connection.id, request: request, receivedAt: now))
    }

    /// Reads and drops bytes while lingering; closes on EOF, error, or too much input.
    private func discardInput(_ connection: Connection) {
        switch Platform.read(connection.id.fd, into: readBuffer) {
        case let .transferred(count):
            connection.drainedBytes += count
            if connection.drainedBytes > 1 << 20 { close(connection) }
        case .wouldBlock:
            return
        case .endOfStream, .failed:
            close(connection)
        }
    }
}
