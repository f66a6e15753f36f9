import Foundation

/// A small pool of connections to one database, opened on demand up to `maxConnections`.
///
/// A connection that broke is discarded, and with it every idle one (they most likely died in the same
/// server restart), so the next caller connects afresh: after a restart the pool recovers by itself.
/// `transaction` also retries once on a fresh connection when a reused one turns out dead at `BEGIN`.
public final class PostgresPool: @unchecked Sendable {  // safe: `idle`, `open` and `closed` are used with `condition` locked, a connection has one user at a time, and `connector` is @Sendable
    /// Where every connection goes.
    public let configuration: PostgresConfiguration
    /// Connections open at most, idle or in use.
    public let maxConnections: Int
    /// Seconds a caller waits for a free connection before `poolExhausted`.
    public let checkoutTimeout: Double
    private let connector: @Sendable (PostgresConfiguration) throws -> PostgresConnection
    private let condition = NSCondition()
    private var idle: [PostgresConnection] = []
    private var open = 0
    private var closed = false

    /// A pool that opens connections with `connector` as callers need them.
    public init(configuration: PostgresConfiguration, maxConnections: Int = 16, checkoutTimeout: Double = 10,
                connector: @escaping @Sendable (PostgresConfiguration) throws -> PostgresConnection = PostgresConnection.connect) {
        self.configuration = configuration
        self.maxConnections = max(1, maxConnections)
        self.checkoutTimeout = checkoutTimeout
        self.connector = connector
    }

    /// Runs `body` with a connection of its own; the connection returns to the pool afterwards
    /// (rolled back first if `body` left a transaction open).
    public func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let (connection, _) = try checkout()
        defer { checkin(connection) }
        return try body(connection)
    }

    /// Runs `body` inside BEGIN … COMMIT on one connection; rolls back if `body` throws. Returns once
    /// the commit is acknowledged. A reused connection found dead at BEGIN is replaced once.
    public func transaction<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try transaction(opening: []) { connection, _ in (try body(connection), []) }
    }

    /// A transaction in as few round trips as possible: BEGIN and `opening` in one, then `body` with their
    /// results, then the statements `body` returns and COMMIT in one. Rolls back if anything throws.
    /// A reused connection found dead in the first round trip (nothing is committed then) is replaced once.
    public func transaction<T>(opening: [PostgresStatement],
                               _ body: (PostgresConnection, [PostgresResult]) throws -> (T, closing: [PostgresStatement])) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            let (connection, reused) = try checkout()
            defer { checkin(connection) }
            let opened: [PostgresResult]
            do {
                opened = Array(try connection.pipeline([PostgresStatement("BEGIN")] + opening).dropFirst())
            } catch let error as PostgresError where error.breaksConnection && reused && attempt == 1 {
                continue
            } catch {
                rollback(connection)
                throw error
            }
            do {
                let (value, closing) = try body(connection, opened)
                let committed = try connection.pipeline(closing + [PostgresStatement("COMMIT")])
                // COMMIT in a transaction that failed earlier answers ROLLBACK: report it rather than claim success.
                guard committed.last?.tag == "COMMIT" else { throw PostgresError.connection("the transaction was rolled back after an earlier error") }
                return value
            } catch {
                rollback(connection)
                throw error
            }
        }
    }

    private func rollback(_ connection: PostgresConnection) {
        if !connection.isBroken, connection.transactionStatus != .idle { _ = try? connection.query("ROLLBACK") }
    }

    /// Closes every idle connection; connections in use close as they come back. Later checkouts fail.
    public func close() {
        condition.lock()
        closed = true
        let toClose = idle
        idle.removeAll()
        open -= toClose.count
        condition.broadcast()
        condition.unlock()
        toClose.forEach { $0.close() }
    }

    /// Connections open now (idle or in use).
    public var openCount: Int { condition.withLock { open } }

    private func checkout() throws -> (PostgresConnection, reused: Bool) {
        condition.lock()
        let deadline = Date().addingTimeInterval(checkoutTimeout)
        while idle.isEmpty && open >= maxConnections && !closed {
            if !condition.wait(until: deadline) {
                condition.unlock()
                throw PostgresError.poolExhausted("all \(maxConnections) connections stayed busy for \(Int(checkoutTimeout)) s")
            }
        }
        if closed {
            condition.unlock()
            throw PostgresError.connection("the pool is closed")
        }
        if let connection = idle.popLast() {
            condition.unlock()
            return (connection, true)
        }
        open += 1
        condition.unlock()
        do {
            return (try connector(configuration), false)
        } catch {
            condition.withLock {
                open -= 1
                condition.signal()
            }
            throw error
        }
    }

    private func checkin(_ connection: PostgresConnection) {
        if !connection.isBroken, connection.transactionStatus != .idle {
            _ = try? connection.query("ROLLBACK")
        }
        condition.lock()
        var toClose: [PostgresConnection] = []
        if connection.isBroken || closed {
            toClose.append(connection)
            if connection.isBroken {
                toClose += idle
                idle.removeAll()
            }
        } else {
            idle.append(connection)
        }
        open -= toClose.count
        condition.broadcast()
        condition.unlock()
        toClose.forEach { $0.close() }
    }
}
