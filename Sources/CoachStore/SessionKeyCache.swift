import Foundation

/// Remembers recent users' keys so a turn's load and save do not each compute an HMAC.
/// Memory only, bounded, and an erased user is dropped at once.
final class SessionKeyCache: @unchecked Sendable {
    static let limit = 100_000

    private let secret: [UInt8]
    private let lock = NSLock()
    private var keys: [String: SessionKey] = [:]

    init(secret: [UInt8]) { self.secret = secret }

    func key(for user: String) -> SessionKey {
        if let key = lock.withLock({ keys[user] }) { return key }
        let key = SessionKey(user: user, secret: secret)
        lock.withLock {
            if keys.count >= Self.limit { keys.removeAll(keepingCapacity: true) }
            keys[user] = key
        }
        return key
    }

    func forget(_ user: String) { lock.withLock { _ = keys.removeValue(forKey: user) } }
}
