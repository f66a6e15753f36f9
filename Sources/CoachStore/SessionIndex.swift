/// The live sessions, plus what the log file still holds that it should not.
/// Not thread-safe: the store guards it with its lock.
struct SessionIndex {
    private(set) var entries: [SessionKey: SessionEntry]
    /// The log bytes the live sessions would take after a compaction.
    private(set) var liveBytes: Int
    /// Keys whose erased or expired payloads may still be in the log file. Erase waits until its key
    /// leaves this set; a successful compaction removes the keys it covered.
    private(set) var dead: Set<SessionKey>
    private var compaction: CompactionTracking?
    /// No session was last saved before this, so a purge with an earlier cutoff has nothing to do.
    private var earliestLastSeen: Int64

    init(entries: [SessionKey: SessionEntry], dead: Set<SessionKey>) {
        self.entries = entries
        self.dead = dead
        liveBytes = entries.values.reduce(0) { $0 + $1.recordSize }
        earliestLastSeen = entries.values.lazy.map(\.lastSeen).min() ?? .max
    }

    /// Stores a session.
    mutating func put(_ key: SessionKey, _ entry: SessionEntry) {
        liveBytes += entry.recordSize - (entries.updateValue(entry, forKey: key)?.recordSize ?? 0)
        earliestLastSeen = min(earliestLastSeen, entry.lastSeen)
        compaction?.noteModified(key)
    }

    /// Drops a session (erased or expired); its bytes are now dead on disk.
    mutating func remove(_ key: SessionKey) {
        if let old = entries.removeValue(forKey: key) { liveBytes -= old.recordSize }
        dead.insert(key)
        compaction?.noteRemoved(key)
    }

    /// Drops an erased session whose records the caller overwrites in place, so it is not dead on disk.
    mutating func erase(_ key: SessionKey) {
        if let old = entries.removeValue(forKey: key) { liveBytes -= old.recordSize }
        compaction?.noteRemoved(key)
    }

    /// The caller overwrote every record of `key` in the log: nothing of it is left to compact away.
    /// Only outside a compaction, whose bookkeeping decides what its new file holds.
    mutating func clearDead(_ key: SessionKey) {
        if compaction == nil { dead.remove(key) }
    }

    /// Drops every session last saved before `cutoff`. Scans all sessions, but only when one may have expired.
    mutating func purgeExpired(before cutoff: Int64) {
        guard earliestLastSeen < cutoff else { return }
        var expired: [SessionKey] = []
        var earliest = Int64.max
        for (key, entry) in entries {
            if entry.lastSeen < cutoff { expired.append(key) } else { earliest = min(earliest, entry.lastSeen) }
        }
        for key in expired { remove(key) }
        earliestLastSeen = earliest
    }

    /// Starts tracking changes for a compaction and returns the sessions to write.
    mutating func beginCompaction() -> [SessionKey: SessionEntry] {
        compaction = CompactionTracking(deadAtStart: dead)
        return entries
    }

    /// Ends the copying phase: the keys whose snapshot records are stale (removed or changed since; to
    /// scrub from the new file) and the current sessions of keys changed since (to append to it).
    mutating func beginFinishing() -> (stale: Set<SessionKey>, changed: [(key: SessionKey, value: SessionEntry)]) {
        guard let (removed, modified) = compaction?.beginFinishing() else { preconditionFailure("no compaction") }
        let changed = modified.compactMap { key in entries[key].map { (key: key, value: $0) } }
        return (removed.union(modified), changed)
    }

    /// The new file is in place: the dead keys it covered are gone from disk.
    mutating func finishCompaction() {
        guard let tracking = compaction else { return }
        dead.subtract(tracking.cleaned)
        dead.formUnion(tracking.removedWhileFinishing)
        compaction = nil
    }

    /// The compaction failed; the old file (and all its dead bytes) stays.
    mutating func abortCompaction() { compaction = nil }
}
