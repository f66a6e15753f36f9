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
        try commitLocked(record, key: key)
        scheduleCompactionIfBloatedLocked()
    }

    /// Forgets `user`'s session. On return the erasure is durable and no file in the directory holds
    /// that user's data any more (see the type's guarantees). Costs about two turns, never a rewrite of
    /// the store: an erase record, then every earlier record of the user voided in place and synced.
    /// Erasing a user with nothing stored writes nothing.
    public func erase(_ user: String) throws {
        let key = keys.key(for: user)
        defer { keys.forget(user) }
        var record: [UInt8] = []
        LogRecord.append(kind: .erase, key: key, time: millis(now()), payload: EmptyCollection(), to: &record)
        condition.lock(); defer { condition.unlock() }
        try checkWritableLocked()
        guard sessions.entries[key] != nil || records.contains(key) else { return }
        // A compaction copying sessions now may have copied this one into its new file; it voids it there
        // before renaming, and that file must not outlive this call with the data in it.
        let copying = compacting ? compactionSerial : nil
        sessions.erase(key)
        // 1. The erase record: once durable, a crash at any later point replays as "erased".
        let tombstone = try commitLocked(record, key: key)
        // 2. Every earlier record of the key (a compaction's copy carries the sequence it reflects, so a
        //    save made after this erase is never touched), overwritten, then synced.
        let earlier = records.take(key, before: tombstone)
        if !earlier.isEmpty {
            try overwriteLocked(earlier)
            try commitLocked([], key: nil)
        }
        // 3. The erase record has nothing left to cancel; void it (durable with the next sync).
        if let own = records.take(key, at: tombstone) { try overwriteLocked([own]) }
        while let copying, compacting, compactionSerial == copying { condition.wait() }
        sessions.clearDead(key)
    }

    /// Overwrites records of the current log with void records of the same size; not synced. Lock held
    /// (so a compaction cannot close the file meanwhile). A failure breaks the store for writing.
    func overwriteLocked(_ locations: [RecordLocation]) throws {
        let log = commit.log
        do {
            for location in locations {
                try LogRecord.void(size: location.size).withUnsafeBytes { try log.write($0, at: location.offset) }
            }
        } catch {
            commit.failure = Self.broken(by: error)
            throw commit.failure!
        }
        commit.unsyncedOverwrites += 1
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
