import CoachCore
import CoachStore
import CoachWire
import Foundation
import Synchronization

/// Keeps sessions in a `SessionStore` as JSON, so they survive restarts and crashes.
///
/// Decoded states are cached beside the store's bytes: a load decodes only when the stored bytes differ
/// from the cached ones (after a restart), and the store stays the authority on expiry and erasure.
public final class StoreSessionRepository: SessionRepository {
    /// Where the sessions' bytes are kept.
    public let store: SessionStore
    private let decoded = Mutex<[String: (data: Data, state: SessionState)]>([:])
    /// The cache is cleared when it holds this many users, so memory stays bounded.
    static let cacheLimit = 100_000

    /// A repository over `store`.
    public init(store: SessionStore) { self.store = store }

    /// The session kept for `user`, decoded only when its bytes changed.
    public func load(_ user: String) -> SessionState? {
        guard let data = store.load(user) else {
            decoded.withLock { _ = $0.removeValue(forKey: user) }
            return nil
        }
        if let cached = decoded.withLock({ $0[user] }), cached.data == data { return cached.state }
        guard let state = try? JSONDecoder().decode(SessionState.self, from: data) else { return nil }
        remember(user, data, state)
        return state
    }

    /// Stores `user`'s session; durable when the store's save returns.
    public func save(_ user: String, _ state: SessionState) throws {
        let data = state.encodedJSON()
        try store.save(user, data)
        remember(user, data, state)
    }

    /// Forgets `user`'s session, in the cache and in the store.
    public func erase(_ user: String) throws {
        decoded.withLock { _ = $0.removeValue(forKey: user) }
        try store.erase(user)
    }

    /// Live sessions in the store.
    public var count: Int { store.count }

    private func remember(_ user: String, _ data: Data, _ state: SessionState) {
        decoded.withLock { decoded in
            if decoded.count >= Self.cacheLimit { decoded.removeAll(keepingCapacity: true) }
            decoded[user] = (data, state)
        }
    }
}
