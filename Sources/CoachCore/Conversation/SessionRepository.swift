import Foundation

/// Where conversations are kept between turns: memory, or a durable store supplied from outside.
public protocol SessionRepository: AnyObject, Sendable {
    func load(_ user: String) -> SessionState?
    /// Keeps the state; durable on return when the repository is durable.
    func save(_ user: String, _ state: SessionState) throws
    func erase(_ user: String) throws
    /// How many conversations are kept.
    var count: Int { get }
}

// @unchecked: every access to `sessions` holds `lock`. (The one lock left in the core: it is the default store of
// `ConversationService`, which the server's tests rely on; it belongs with the stores once they can pass their own.)
/// Keeps conversations in memory for the life of the process.
public final class MemorySessionRepository: SessionRepository, @unchecked Sendable {
    private var sessions: [String: SessionState] = [:]
    private let lock = NSLock()

    public init() {}

    public func load(_ user: String) -> SessionState? { lock.withLock { sessions[user] } }
    public func save(_ user: String, _ state: SessionState) throws { lock.withLock { sessions[user] = state } }
    public func erase(_ user: String) throws { _ = lock.withLock { sessions.removeValue(forKey: user) } }
    public var count: Int { lock.withLock { sessions.count } }
}
