extension EventLoop {
    /// Appends every response the workers finished and writes it out.
    func deliverCompletions() {
        if mailbox.take(into: &completionBatch), !shuttingDown { beginShutdown() }
        for completion in completionBatch {
            guard let connection = connection(for: completion.connection.fd), connection.id == completion.connection,
                  connection.inFlight
            else { continue }  // the client went away while the responder ran
            connection.inFlight = false
            let close = completion.prepared.closeRequested || !connection.inFlightKeepAlive || shuttingDown
                || connection.closeAfterWrite || (connection.peerClosed && !connection.parser.isMidRequest)
            if close { connection.closeAfterWrite = true }
            ResponseSerializer.finish(completion.prepared, close: close, http10KeepAlive: connection.inFlightIsHTTP10,
                                      date: dateHeader.current(), into: &connection.output)
            flush(connection)
        }
        completionBatch.removeAll(keepingCapacity: true)
    }

    /// Queues a server-made error response, after which the connection closes.
    func sendError(_ connection: Connection, _ response: HTTPResponse, method: String, path: String, since start: Double?) {
        let prepared = ResponseSerializer.prepare(response, isHeadRequest: false)
        connection.closeAfterWrite = true
        ResponseSerializer.finish(prepared, close: true, http10KeepAlive: false, date: dateHeader.current(),
                                  into: &connection.output)
        log(method, path, status: prepared.status, since: start, bodyBytes: prepared.body.count, remote: connection.remoteAddress)
        flush(connection)
    }

    /// Writes as much queued output as the socket takes, then moves the connection on.
    func flush(_ connection: Connection) {
        while connection.hasPendingOutput {
            let result = connection.output.withUnsafeBytes {
                Platform.send(connection.id.fd, UnsafeRawBufferPointer(rebasing: $0[connection.outputOffset...]))
            }
            switch result {
            case let .transferred(count):
                connection.outputOffset += count
                connection.lastWriteProgress = now
            case .wouldBlock, .endOfStream:
                updateInterest(connection)
                return
            case .failed:
                close(connection)
                return
            }
        }
        connection.output.removeAll(keepingCapacity: connection.output.capacity <= 256 * 1024)
        connection.outputOffset = 0
        if connection.closeAfterWrite && !connection.inFlight {
            linger(connection)
        } else {
            processInput(connection)
        }
    }

    /// Shuts our sending side and drains the client briefly, so it reads the final response
    /// instead of a reset caused by closing with its unread bytes still queued.
    private func linger(_ connection: Connection) {
        Platform.shutdownWrite(connection.id.fd)
        if connection.peerClosed {
            close(connection)
            return
        }
        connection.draining = true
        connection.drainDeadline = now + configuration.lingerTimeout
        updateInterest(connection)
    }

    /// Registers the readiness interest the connection's state calls for, if it changed.
    func updateInterest(_ connection: Connection) {
        var flags: UInt32 = 0
        if connection.draining {
            flags = Poller.readable
        } else {
            let canRead = !connection.peerClosed && !connection.closeAfterWrite && !connection.isRejected
                && connection.parser.bufferedByteCount < readCap
            if canRead { flags |= Poller.readable }
            if connection.hasPendingOutput { flags |= Poller.writable }
        }
        guard flags != connection.registeredFlags else { return }
        connection.registeredFlags = flags
        poller.modify(connection.id.fd, flags: flags)
    }

    func isOpen(_ connection: Connection) -> Bool {
        self.connection(for: connection.id.fd) === connection
    }

    func close(_ connection: Connection) {
        guard isOpen(connection) else { return }
        connections[Int(connection.id.fd)] = nil
        if connection.isRejected { rejectedCount -= 1 } else { activeCount -= 1 }
        if let client = connection.clientAddress { clientLimits.closed(client) }
        Platform.close(connection.id.fd)
    }
}
