import Foundation

extension FileSessionStore {
    /// The session saved for `user`, or nil if none, erased, expired or the store is closed.
    public func load(_ user: String) -> Data? {
        let key = keys.key(for: user)
        let cutoff = expiryCutoff()
        condition.lock(); defer { condition.unlock() }
        guard let entry = sessions.entries[key] else { return nil }
        guard entry.lastSeen >= cutoff else {
            sessions.remove(key)
            return nil
        }
        return entry.data
    }

    /// Replaces `user`'s session (at most 16 MiB); durable on return.
    public func save(_ user: String, _ data: Data) throws {
        guard data.count <= LogRecord.maxPayload else {
            throw StoreError("session store: a session of \(data.count) bytes exceeds the limit of \(LogRecord.maxPayload)")
        }
        let key = keys.key(for: user)
        let time = millis(now())
        var record: [UInt8] = []
        LogRecord.append(kind: .put, key: key, time: time, payload: data, to: &record)
        condition.lock(); defer { condition.unlock() }
        try checkWritableLocked()
        sessions.put(key, SessionEntry(data: data, lastSeen: time))
        try commitLocked(record)
        scheduleCompactionIfBloatedLocked()
    }

    /// Forgets `user`'s session. On return the erasure is durable and no file in the directory holds
    /// that user's data any more (see the type's guarantees); this costs one compaction, shared by
    /// concurrent erasures. Erasing a user with nothing stored writes nothing.
    public func erase(_ user: String) throws {
        let key = keys.key(for: user)
        defer { keys.forget(user) }
        var record: [UInt8] = []
        LogRecord.append(kind: .erase, key: key, time: millis(now()), payload: EmptyCollection(), to: &record)
        condition.lock(); defer { condition.unlock() }
        try checkWritableLocked()
        guard sessions.entries[key] != nil || sessions.dead.contains(key) else { return }
        sessions.remove(key)
        try commitLocked(record)
        while sessions.dead.contains(key) {
            try checkWritableLocked()
            if compacting { condition.wait() } else { try compactLocked() }
        }
    }

    /// The number of live (unexpired) sessions. Scans all sessions when one may have expired since the last scan.
    public var count: Int {
        let cutoff = expiryCutoff()
        condition.lock(); defer { condition.unlock() }
        sessions.purgeExpired(before: cutoff)
        return sessions.entries.count
    }

    /// Rewrites the live sessions into a fresh file (write, fdatasync, rename, fsync the directory),
    /// dropping expired and erased ones. Saves and loads continue meanwhile, except during the brief switch.
    public func compact() throws {
        condition.lock(); defer { condition.unlock() }
        while compacting { condition.wait() }
        try checkWritableLocked()
        try compactLocked()
    }
}
