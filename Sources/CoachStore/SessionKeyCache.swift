import Synchronization

/// Remembers recent users' keys so a turn's load and save do not each compute an HMAC.
/// Memory only, bounded, and an erased user is dropped at once.
final class SessionKeyCache: Sendable {
    static let limit = 100_000

    private let secret: [UInt8]
    private let keys = Mutex<[String: SessionKey]>([:])

    init(secret: [UInt8]) { self.secret = secret }

    func key(for user: String) -> SessionKey {
        if let key = keys.withLock({ $0[user] }) { return key }
        let key = SessionKey(user: user, secret: secret)
        keys.withLock { keys in
            if keys.count >= Self.limit { keys.removeAll(keepingCapacity: true) }
            keys[user] = key
        }
        return key
    }

    func forget(_ user: String) { keys.withLock { _ = $0.removeValue(forKey: user) } }
}
