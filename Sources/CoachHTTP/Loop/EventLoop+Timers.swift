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
            } else if shuttingDown && !connection.parser.isMidRequest {
                // Idle at shutdown: kept through the quiet period for a request already on its way.
                if now >= shutdownQuietDeadline { close(connection) }
            } else if connection.parser.isMidRequest {
                if let start = connection.requestStartedAt, now - start >= requestTimeout {
                    sendError(connection, .error(408, "request not received in time"), method: "-", path: "-", since: start)
                }
            } else if let since = connection.waitingSince, now - since >= idleTimeout {
                close(connection)
            }
        }
    }

    /// Stops accepting and marks busy connections to close after their response. A request that is arriving
    /// (or arrives on an idle keep-alive connection within the quiet period) is still answered, with
    /// `Connection: close`, so a client never sees its request dropped unanswered by a shutdown; idle
    /// connections close when the quiet period ends.
    func beginShutdown() {
        shuttingDown = true
        shutdownDeadline = now + configuration.shutdownGracePeriod
        shutdownQuietDeadline = now + min(configuration.shutdownQuietPeriod, configuration.shutdownGracePeriod)
        closeListener()
        for case let connection? in connections where !connection.draining {
            if connection.inFlight || connection.hasPendingOutput {
                connection.closeAfterWrite = true
                updateInterest(connection)
            } else if connection.isRejected {
                close(connection)
            } else {
                processInput(connection)
            }
        }
    }
}
