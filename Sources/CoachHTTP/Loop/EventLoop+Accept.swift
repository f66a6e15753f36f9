extension EventLoop {
    /// Accepts pending connections; over the limit, a few extra get a 503 before closing.
    func acceptConnections() {
        guard let listener else { return }
        for _ in 0..<128 {
            switch Platform.accept(listener) {
            case let .accepted(fd, peer):
                admit(fd: fd, peer: peer)
            case .wouldBlock:
                return
            case .exhausted:
                // Out of descriptors: stop polling the listener briefly instead of spinning on it.
                poller.remove(listener)
                acceptPausedUntil = now + 0.1
                return
            case .failed:
                return
            }
        }
    }

    /// Re-arms the listener after an EMFILE pause.
    func resumeAcceptingIfDue() {
        guard let until = acceptPausedUntil, now >= until, let listener else { return }
        acceptPausedUntil = nil
        poller.add(listener, flags: Poller.readable)
    }

    private func admit(fd: Int32, peer: String) {
        let client = ClientLimits.address(of: peer)
        let refusal: String?
        if activeCount >= configuration.maxConnections {
            refusal = "too many connections"
        } else if !clientLimits.admits(client) {
            refusal = "too many connections from your address"
        } else {
            refusal = nil
        }
        if refusal != nil && rejectedCount >= max(16, configuration.maxConnections / 8) {
            Platform.close(fd)
            return
        }
        nextSerial += 1
        let parser = HTTPRequestParser(maxHeaderBytes: configuration.maxHeaderBytes, maxBodyBytes: configuration.maxBodyBytes)
        let connection = Connection(id: ConnectionID(fd: fd, serial: nextSerial), remoteAddress: peer,
                                    clientAddress: refusal == nil ? client : nil, isRejected: refusal != nil,
                                    parser: parser, now: now, flags: Poller.readable)
        while connections.count <= Int(fd) { connections.append(nil) }
        connections[Int(fd)] = connection
        poller.add(fd, flags: Poller.readable)
        if let refusal {
            rejectedCount += 1
            sendError(connection, .error(503, refusal), method: "-", path: "-", since: nil)
        } else {
            activeCount += 1
            clientLimits.opened(client)
        }
    }

    func closeListener() {
        guard let listener else { return }
        if acceptPausedUntil == nil { poller.remove(listener) }
        Platform.close(listener)
        self.listener = nil
        acceptPausedUntil = nil
    }
}
