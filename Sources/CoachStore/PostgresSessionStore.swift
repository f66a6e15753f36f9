import CoachPostgres
import Dispatch
import Foundation

/// Sessions in PostgreSQL, shared by every `coach serve` pointed at the same database.
///
/// Holds what the file store holds and nothing more: per user, the keyed hash of the id (HMAC-SHA256
/// under a random key kept in `coach_secret`), the session's bytes and when it was last saved.
/// - A turn run through `once` is one transaction: it takes an advisory lock on the user's key (so one
///   user's turns are serialised across instances), loads, saves, records the delivery, and commits
///   before the reply is returned. `synchronous_commit` makes the commit durable.
/// - Expired sessions are invisible at once (the SQL filters on `last_seen`) and deleted hourly.
/// - `erase` is one statement that deletes the session and the replies remembered for it.
public final class PostgresSessionStore: SessionStore, TurnLedger, @unchecked Sendable {
    public let pool: PostgresPool
    let keys: SessionKeyCache
    let secret: [UInt8]
    let idleExpiry: TimeInterval
    let deliveryWindow: TimeInterval
    private let lock = NSLock()
    /// Users whose turn is running, with the thread running it and its transaction's connection.
    private var turns: [String: (thread: ObjectIdentifier, connection: PostgresConnection)] = [:]
    private var timer: DispatchSourceTimer?

    /// Connects, creates or migrates the schema, and starts the hourly purge of expired rows.
    public init(configuration: PostgresConfiguration, idleExpiry: TimeInterval = 30 * 24 * 3600,
                deliveryWindow: TimeInterval = 24 * 3600, maxConnections: Int = 16) throws {
        pool = PostgresPool(configuration: configuration, maxConnections: maxConnections)
        self.idleExpiry = idleExpiry
        self.deliveryWindow = deliveryWindow
        secret = try PostgresSchema.prepare(pool)
        keys = SessionKeyCache(secret: secret)
        _ = try? purgeExpired()
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "allycoach.postgres-store.purge"))
        timer.schedule(deadline: .now() + 3600, repeating: 3600)
        timer.setEventHandler { [weak self] in _ = try? self?.purgeExpired() }
        timer.resume()
        self.timer = timer
    }

    deinit { timer?.cancel() }

    public func load(_ user: String) -> Data? {
        try? run(user) { connection in
            try connection.query("SELECT data FROM coach_sessions WHERE key = $1 AND last_seen > now() - make_interval(secs => $2)",
                                 [.bytea(keys.key(for: user).bytes), .float8(idleExpiry)]).bytes().map { Data($0) }
        }
    }

    public func save(_ user: String, _ data: Data) throws {
        try run(user) { connection in
            try connection.query("""
                INSERT INTO coach_sessions (key, data, last_seen) VALUES ($1, $2, now())
                ON CONFLICT (key) DO UPDATE SET data = excluded.data, last_seen = excluded.last_seen
                """, [.bytea(keys.key(for: user).bytes), .bytea(Array(data))])
        }
    }

    public func erase(_ user: String) throws {
        let key = keys.key(for: user)
        defer { keys.forget(user) }
        try run(user) { connection in
            try connection.query("WITH replies AS (DELETE FROM coach_deliveries WHERE user_key = $1) DELETE FROM coach_sessions WHERE key = $1",
                                 [.bytea(key.bytes)])
        }
    }

    /// Live sessions; 0 when the database cannot be reached.
    public var count: Int {
        let result = try? pool.withConnection { connection in
            try connection.query("SELECT count(*) FROM coach_sessions WHERE last_seen > now() - make_interval(secs => $1)", [.float8(idleExpiry)])
        }
        return Int(result?.integer() ?? 0)
    }

    public func close() throws {
        timer?.cancel()
        timer = nil
        pool.close()
    }

    public func once(user: String, delivery: String?, _ turn: () throws -> Data) throws -> Data {
        let key = keys.key(for: user)
        let deliveryKey = delivery.map { SessionKey(user: "delivery:" + $0, secret: secret).bytes }
        return try pool.transaction { connection in
            try connection.query("SELECT pg_advisory_xact_lock($1)", [.int8(Self.lockID(key))])
            if let deliveryKey {
                let remembered = try connection.query("SELECT reply FROM coach_deliveries WHERE key = $1 AND created > now() - make_interval(secs => $2)",
                                                      [.bytea(deliveryKey), .float8(deliveryWindow)])
                if let reply = remembered.bytes() { return Data(reply) }
            }
            let thread = ObjectIdentifier(Thread.current)
            lock.withLock { turns[user] = (thread, connection) }
            defer { lock.withLock { _ = turns.removeValue(forKey: user) } }
            let reply = try turn()
            if let deliveryKey {
                try connection.query("""
                    INSERT INTO coach_deliveries (key, user_key, reply, created) VALUES ($1, $2, $3, now())
                    ON CONFLICT (key) DO UPDATE SET user_key = excluded.user_key, reply = excluded.reply, created = excluded.created
                    """, [.bytea(deliveryKey), .bytea(key.bytes), .bytea(Array(reply))])
            }
            return reply
        }
    }

    /// Deletes sessions idle longer than the expiry and deliveries older than the window; returns how many of each.
    @discardableResult
    public func purgeExpired() throws -> (sessions: Int, deliveries: Int) {
        try pool.withConnection { connection in
            let sessions = try connection.query("DELETE FROM coach_sessions WHERE last_seen <= now() - make_interval(secs => $1)", [.float8(idleExpiry)])
            let deliveries = try connection.query("DELETE FROM coach_deliveries WHERE created <= now() - make_interval(secs => $1)", [.float8(deliveryWindow)])
            return (sessions.affectedRows, deliveries.affectedRows)
        }
    }

    /// The advisory lock for a user: the first 8 bytes of their keyed hash.
    static func lockID(_ key: SessionKey) -> Int64 {
        Int64(bitPattern: key.bytes.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
    }

    /// Runs `body` on the connection of `user`'s running turn when this thread runs it, else on a pooled one.
    private func run<T>(_ user: String, _ body: (PostgresConnection) throws -> T) throws -> T {
        let thread = ObjectIdentifier(Thread.current)
        if let turn = lock.withLock({ turns[user] }), turn.thread == thread { return try body(turn.connection) }
        return try pool.withConnection(body)
    }
}
