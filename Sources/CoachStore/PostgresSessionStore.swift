import CoachPostgres
import Dispatch
import Foundation
import Synchronization

/// Sessions in PostgreSQL, shared by every `coach serve` pointed at the same database.
///
/// Holds what the file store holds and nothing more: per user, the keyed hash of the id (HMAC-SHA256
/// under a random key kept in `coach_secret`), the session's bytes and when it was last saved.
/// - A turn run through `once` is one transaction: it takes an advisory lock on the user's key (so one
///   user's turns are serialised across instances), loads, runs, writes the session and the delivery's
///   reply, and commits before the reply is returned; `synchronous_commit` makes the commit durable.
///   Inside the turn, saves and erasures of that user are held and sent with the COMMIT.
/// - Webhook replies (`coach_deliveries`) are the coach's words, kept for `deliveryWindow` by a keyed
///   hash of the delivery id, so a platform's retry is answered without running the turn again.
/// - Expired sessions are invisible at once (the SQL filters on `last_seen`) and deleted hourly.
/// - `erase` is one statement that deletes the session and the replies remembered for it.
public final class PostgresSessionStore: SessionStore, TurnLedger {
    /// The connections to the database.
    public let pool: PostgresPool
    let keys: SessionKeyCache
    let secret: [UInt8]
    let idleExpiry: TimeInterval
    let deliveryWindow: TimeInterval
    /// Users whose turn is running in `once`, by the thread running it.
    private let turns = Mutex<[String: RunningTurn]>([:])
    /// The hourly purge; cancelled by `close`.
    private let timer: Mutex<DispatchSourceTimer?>

    /// Connects, creates or migrates the schema, and starts the hourly purge of expired rows.
    public init(configuration: PostgresConfiguration, idleExpiry: TimeInterval = 30 * 24 * 3600,
                deliveryWindow: TimeInterval = 24 * 3600, maxConnections: Int? = nil) throws {
        pool = PostgresPool(configuration: configuration, maxConnections: maxConnections ?? configuration.poolSize)
        self.idleExpiry = idleExpiry
        self.deliveryWindow = deliveryWindow
        secret = try PostgresSchema.prepare(pool)
        keys = SessionKeyCache(secret: secret)
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "allycoach.postgres-store.purge"))
        timer.schedule(deadline: .now() + 3600, repeating: 3600)
        timer.setEventHandler { [pool] in _ = try? Self.purgeExpired(pool, idleExpiry: idleExpiry, deliveryWindow: deliveryWindow) }
        timer.resume()
        self.timer = Mutex(timer)
        _ = try? purgeExpired()
    }

    deinit { timer.withLock { $0?.cancel() } }

    /// The live session of `user` (inside `once`, as the turn sees it).
    public func load(_ user: String) -> Data? {
        if let turn = runningTurn(user) { return turn.session }
        return try? pool.withConnection { connection in try connection.query(select(keys.key(for: user))).bytes().map { Data($0) } }
    }

    /// Replaces `user`'s session; durable on return, or, inside `once`, at its commit.
    public func save(_ user: String, _ data: Data) throws {
        if let turn = runningTurn(user) { return turn.write(.save(data)) }
        try pool.withConnection { connection in _ = try connection.query(Self.upsert(keys.key(for: user), data)) }
    }

    /// Deletes `user`'s session and the replies remembered for them, in one statement.
    public func erase(_ user: String) throws {
        let key = keys.key(for: user)
        defer { keys.forget(user) }
        if let turn = runningTurn(user) { return turn.write(.erase) }
        try pool.withConnection { connection in _ = try connection.query(Self.delete(key)) }
    }

    /// Live sessions; 0 when the database cannot be reached.
    public var count: Int {
        let result = try? pool.withConnection { connection in
            try connection.query("SELECT count(*) FROM coach_sessions WHERE last_seen > now() - make_interval(secs => $1)", [.float8(idleExpiry)])
        }
        return Int(result?.integer() ?? 0)
    }

    /// Stops the hourly purge and closes the pool.
    public func close() throws {
        timer.withLock { timer in
            timer?.cancel()
            timer = nil
        }
        pool.close()
    }

    /// One transaction in two round trips: BEGIN, the user's advisory lock, the remembered reply (if a
    /// delivery) and the session in the first; the session's new bytes (or its erasure), the reply to
    /// remember and COMMIT in the second. `turn`'s loads and saves of `user` go to that transaction.
    public func once(user: String, delivery: String?, _ turn: () throws -> Data) throws -> Data {
        let key = keys.key(for: user)
        let deliveryKey = delivery.map { SessionKey(user: "delivery:" + $0, secret: secret).bytes }
        var opening = [PostgresStatement("SELECT pg_advisory_xact_lock($1)", [.int8(Self.lockID(key))]), select(key)]
        if let deliveryKey {
            opening.append(PostgresStatement("SELECT reply FROM coach_deliveries WHERE key = $1 AND created > now() - make_interval(secs => $2)",
                                             [.bytea(deliveryKey), .float8(deliveryWindow)]))
        }
        return try pool.transaction(opening: opening) { _, results in
            if deliveryKey != nil, let reply = results[2].bytes() { return (Data(reply), []) }
            let running = RunningTurn(thread: ObjectIdentifier(Thread.current), session: results[1].bytes().map { Data($0) })
            turns.withLock { $0[user] = running }
            defer { turns.withLock { _ = $0.removeValue(forKey: user) } }
            let reply = try turn()
            var closing: [PostgresStatement] = []
            // After an erasure the reply to remember (the confirmation) is not linked to the user at all.
            var owner = key.bytes
            switch running.pending {
            case .none: break
            case .save(let data): closing.append(Self.upsert(key, data))
            case .erase:
                closing.append(Self.delete(key))
                owner = [UInt8](repeating: 0, count: 32)
            }
            if let deliveryKey {
                closing.append(PostgresStatement("""
                    INSERT INTO coach_deliveries (key, user_key, reply, created) VALUES ($1, $2, $3, now())
                    ON CONFLICT (key) DO UPDATE SET user_key = excluded.user_key, reply = excluded.reply, created = excluded.created
                    """, [.bytea(deliveryKey), .bytea(owner), .bytea(Array(reply))]))
            }
            return (reply, closing)
        }
    }

    /// Deletes sessions idle longer than the expiry and deliveries older than the window; returns how many of each.
    @discardableResult
    public func purgeExpired() throws -> (sessions: Int, deliveries: Int) {
        try Self.purgeExpired(pool, idleExpiry: idleExpiry, deliveryWindow: deliveryWindow)
    }

    /// `purgeExpired()` for the timer, which holds the pool rather than the store.
    private static func purgeExpired(_ pool: PostgresPool, idleExpiry: TimeInterval, deliveryWindow: TimeInterval) throws -> (sessions: Int, deliveries: Int) {
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

    /// A stable stand-in for `user` in logs: the first 16 hex digits of the keyed hash, as the file store gives.
    public func pseudonym(for user: String) -> String {
        keys.key(for: user).bytes.prefix(8).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The turn `once` runs for `user` on this thread, if any.
    private func runningTurn(_ user: String) -> RunningTurn? {
        guard let turn = turns.withLock({ $0[user] }), turn.thread == ObjectIdentifier(Thread.current) else { return nil }
        return turn
    }

    func select(_ key: SessionKey) -> PostgresStatement {
        PostgresStatement("SELECT data FROM coach_sessions WHERE key = $1 AND last_seen > now() - make_interval(secs => $2)",
                          [.bytea(key.bytes), .float8(idleExpiry)])
    }

    static func upsert(_ key: SessionKey, _ data: Data) -> PostgresStatement {
        PostgresStatement("""
            INSERT INTO coach_sessions (key, data, last_seen) VALUES ($1, $2, now())
            ON CONFLICT (key) DO UPDATE SET data = excluded.data, last_seen = excluded.last_seen
            """, [.bytea(key.bytes), .bytea(Array(data))])
    }

    static func delete(_ key: SessionKey) -> PostgresStatement {
        PostgresStatement("WITH replies AS (DELETE FROM coach_deliveries WHERE user_key = $1) DELETE FROM coach_sessions WHERE key = $1",
                          [.bytea(key.bytes)])
    }
}

/// A turn in progress inside `once`: the session read at its start and the write to make at its commit.
private final class RunningTurn: Sendable {
    enum Write { case none, save(Data), erase }

    let thread: ObjectIdentifier
    private let written = Mutex(Write.none)
    private let loaded: Data?

    init(thread: ObjectIdentifier, session: Data?) {
        self.thread = thread
        loaded = session
    }

    /// The session as the turn sees it: its own write if it made one, else what was loaded.
    var session: Data? {
        switch written.withLock({ $0 }) {
        case .none: return loaded
        case .save(let data): return data
        case .erase: return nil
        }
    }

    /// What the turn wrote, to send with the commit.
    var pending: Write { written.withLock { $0 } }

    func write(_ write: Write) { written.withLock { $0 = write } }
}
