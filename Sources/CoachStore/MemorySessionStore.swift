import Foundation

/// A store that keeps sessions in memory only (tests, `coach chat`); nothing survives the process.
public final class MemorySessionStore: SessionStore, @unchecked Sendable {
    private let lock = NSLock()
    private var sessions: [String: Data] = [:]  // guarded by lock

    /// An empty store.
    public init() {}

    /// The session saved for `user`, if any.
    public func load(_ user: String) -> Data? {
        lock.lock(); defer { lock.unlock() }
        return sessions[user]
    }

    /// Replaces `user`'s session.
    public func save(_ user: String, _ data: Data) throws {
        lock.lock(); defer { lock.unlock() }
        sessions[user] = data
    }

    /// Forgets `user`'s session.
    public func erase(_ user: String) throws {
        lock.lock(); defer { lock.unlock() }
        sessions[user] = nil
    }

    /// The number of sessions held.
    public var count: Int {
        lock.lock(); defer { lock.unlock() }
        return sessions.count
    }

    /// Does nothing: there are no files.
    public func close() throws {}
}
