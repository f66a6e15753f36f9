import Foundation

/// A `TurnLedger` for one process: per-user locks in memory, and answered deliveries kept in a
/// `SessionStore` of their own (a `FileSessionStore` beside the sessions in `coach serve`) for `window`
/// seconds. The session is saved before the delivery's reply is: a crash between the two fsyncs, and only
/// then, would let a retry run the turn a second time.
public final class LocalTurnLedger: TurnLedger {
    private let deliveries: SessionStore
    private let window: TimeInterval
    private let now: @Sendable () -> Date
    private let locks = (0..<64).map { _ in NSLock() }

    /// A ledger keeping answered deliveries in `deliveries` for `window` seconds.
    public init(deliveries: SessionStore, window: TimeInterval = 24 * 3600, now: @escaping @Sendable () -> Date = { Date() }) {
        self.deliveries = deliveries
        self.window = window
        self.now = now
    }

    /// Runs `turn` under `user`'s lock, or returns the reply remembered for `delivery`.
    public func once(user: String, delivery: String?, _ turn: () throws -> Data) throws -> Data {
        var hasher = Hasher()
        hasher.combine(user)
        let lock = locks[Int(UInt(bitPattern: hasher.finalize()) % UInt(locks.count))]
        lock.lock()
        defer { lock.unlock() }
        guard let delivery else { return try turn() }
        if let saved = deliveries.load(delivery), let reply = RememberedReply.decode(saved, notBefore: millis(now()) - Int64(window * 1000)) {
            return reply
        }
        let reply = try turn()
        try deliveries.save(delivery, RememberedReply.encode(reply, at: millis(now())))
        return reply
    }
}

/// A remembered reply: 8 bytes of milliseconds since 1970 (big-endian), then the reply.
enum RememberedReply {
    static func encode(_ reply: Data, at time: Int64) -> Data {
        var out = Data((0..<8).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: time) >> UInt64(56 - 8 * $0)) })
        out += reply
        return out
    }

    /// The reply, or nil when it is malformed or was remembered before `notBefore`.
    static func decode(_ data: Data, notBefore: Int64) -> Data? {
        guard data.count >= 8 else { return nil }
        let time = Int64(bitPattern: data.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
        return time >= notBefore ? Data(data.dropFirst(8)) : nil
    }
}
