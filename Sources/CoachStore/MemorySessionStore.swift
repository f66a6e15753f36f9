import Foundation
import Synchronization

/// A store that keeps sessions in memory only (tests, `coach chat`); nothing survives the process.
public final class MemorySessionStore: SessionStore {
    private let sessions = Mutex<[String: Data]>([:])

    /// An empty store.
    public init() {}

    /// The session saved for `user`, if any.
    public func load(_ user: String) -> Data? { sessions.withLock { $0[user] } }

    /// Replaces `user`'s session.
    public func save(_ user: String, _ data: Data) throws { sessions.withLock { $0[user] = data } }

    /// Forgets `user`'s session.
    public func erase(_ user: String) throws { sessions.withLock { $0[user] = nil } }

    /// The number of sessions held.
    public var count: Int { sessions.withLock { $0.count } }

    /// Does nothing: there are no files.
    public func close() throws {}
}
