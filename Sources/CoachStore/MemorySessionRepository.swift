import CoachCore
import Synchronization

/// Keeps conversations in memory for the life of the process: the repository of `coach chat` without
/// `--state-dir`, of transcript tests and of tests. Safe to share between threads.
public final class MemorySessionRepository: SessionRepository {
    private let sessions = Mutex<[String: SessionState]>([:])

    public init() {}

    public func load(_ user: String) -> SessionState? { sessions.withLock { $0[user] } }
    public func save(_ user: String, _ state: SessionState) throws { sessions.withLock { $0[user] = state } }
    public func erase(_ user: String) throws { _ = sessions.withLock { $0.removeValue(forKey: user) } }
    public var count: Int { sessions.withLock { $0.count } }
}
