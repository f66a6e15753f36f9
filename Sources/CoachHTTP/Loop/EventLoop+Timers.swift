extension EventLoop {
    /// Enforces every deadline; runs once per tick, not per event.
    func sweep() {
        resumeAcceptingIfDue()
        let forceClose = shuttingDown && now >= shutdownDeadline
        // Under pressure, idle and slow connections give way sooner, so new clients keep being served.
        let pressured = Double(activeCount) >= Double(configuration.maxConnections) * configuration.pressureThreshold
        let idleTimeout = pressured ? min(configuration.idleTimeout, configuration.pressureIdleTimeout) : configuration.idleTimeout
        let requestTimeout = pressured ? min(configuration.requestTimeout, configuration.pressureRequestTimeout)
            : configuration.requestTimeout
        for case let connection? in connections {
            if forceClose {
                close(connection)
            } else if connection.draining {
                if now >= connection.drainDeadline { close(connection) }
            } else if connection.hasPendingOutput {
                if now - connection.lastWriteProgress >= configuration.requestTimeout { close(connection) }
            } else if connection.inFlight {
                continue
            } else if connection.parser.isMidRequest {
                if let start = connection.requestStartedAt, now - start >= requestTimeout {
                    sendError(connection, .error(408, "request not received in time"), method: "-", path: "-", since: start)
                }
            } else if let since = connection.waitingSince, now - since >= idleTimeout {
                close(connection)
            }
        }
    }

    /// Stops accepting, closes idle connections, and marks busy ones to close after their response.
    func beginShutdown() {
        shuttingDown = true
        shutdownDeadline = now + configuration.shutdownGracePeriod
        closeListener()
        for case let connection? in connections where !connection.draining {
            if connection.inFlight || connection.hasPendingOutput {
                connection.closeAfterWrite = true
                updateInterest(connection)
            } else {
                close(connection)
            }
        }
    }
}
