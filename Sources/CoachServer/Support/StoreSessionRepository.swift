import CoachCore
import CoachStore
import Foundation

/// Keeps sessions in a `SessionStore` as JSON, so they survive restarts and crashes.
public final class StoreSessionRepository: SessionRepository, @unchecked Sendable {
    public let store: SessionStore
    private let encoder = JSONEncoder()
    private let decoder = JSONDecoder()

    public init(store: SessionStore) { self.store = store }

    public func load(_ user: String) -> SessionState? {
        guard let data = store.load(user) else { return nil }
        return try? decoder.decode(SessionState.self, from: data)
    }

    public func save(_ user: String, _ state: SessionState) throws {
        try store.save(user, try encoder.encode(state))
    }

    public func erase(_ user: String) throws { try store.erase(user) }

    public var count: Int { store.count }
}
