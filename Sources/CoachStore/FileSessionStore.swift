import Dispatch
import Foundation

/// A durable session store in one directory: an append-only log of checksummed records, replayed on open.
///
/// Guarantees:
/// - `save` and `erase` return only once their record is on disk (fdatasync); concurrent calls share
///   one write and one sync (group commit). A crash, even `kill -9` or power loss, keeps every
///   acknowledged change.
/// - User ids are never written: records are keyed by SHA-256 of the id; no file is named after a user.
/// - `erase` returns only after a compaction has replaced the log with one holding no record of that
///   user's data (the old file is unlinked) and the directory is synced. Beyond the store's files,
///   freed disk blocks, copy-on-write filesystems, SSD remapping and backups are out of its reach.
/// - Sessions idle (unsaved) longer than `idleExpiry` are invisible at once, and leave the disk at the
///   next compaction: an hourly sweep (or sooner, for short expiries) compacts when any have expired.
/// - On open, a torn or damaged tail is truncated away; damaged records between intact ones are
///   skipped and then dropped by a compaction. Damage never crashes the process.
/// - One store per directory at a time (flock on `lock`); a second open fails with a clear error.
/// - After a write or sync fails, the store refuses further writes; reopen it to recover from disk.
public final class FileSessionStore: SessionStore, @unchecked Sendable {
    let paths: StorePaths
    let idleExpiryMillis: Int64
    let now: @Sendable () -> Date
    let lockFile: FileDescriptor
    /// What the replay on open found (for tests and diagnostics).
    let recovery: ReplayResult
    let maintenanceQueue = DispatchQueue(label: "allycoach.session-store.maintenance")

    /// Guards every `var` below.
    let condition = NSCondition()
    var sessions: SessionIndex
    var commit: CommitQueue
    var compacting = false
    var closed = false
    var maintenance = MaintenanceState()
    var timer: DispatchSourceTimer?
    /// Test hook: runs in the flush leader after it takes a batch, before writing it (lock not held).
    var beforeFlush: (() -> Void)?
    /// Test hook: runs in a compaction (lock not held) once its snapshot is written, and again once it owns the log.
    var duringCompaction: ((CompactionStep) -> Void)?

    /// Where a compaction is, for `duringCompaction`.
    enum CompactionStep { case snapshotWritten, finishing }

    /// Opens (creating if needed, mode 0700) the store in `directory` and replays its log.
    /// Throws a `StoreError` when the directory cannot be created, read or locked.
    public init(
        directory: URL, idleExpiry: TimeInterval = 30 * 24 * 3600,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        paths = StorePaths(directory: directory)
        idleExpiryMillis = Int64(min(max(idleExpiry, 0), 1e15) * 1000)
        self.now = now
        try paths.prepareDirectory()
        lockFile = try paths.acquireLock()
        var log: FileDescriptor?
        do {
            try removeFileIfPresent(paths.compacting)
            let file = try FileDescriptor.open(paths.log, create: true)
            log = file
            try syncDirectory(paths.directory)
            let bytes = try file.readAll()
            recovery = LogReplay.replay(bytes, expiryCutoff: millis(now()) - idleExpiryMillis)
            if recovery.validEnd < bytes.count {
                try file.truncate(to: recovery.validEnd)
                try file.syncData()
            }
            sessions = SessionIndex(entries: recovery.entries, dead: recovery.dead)
            commit = CommitQueue(log: file, logSize: recovery.validEnd)
        } catch {
            log?.close()
            lockFile.close()
            throw error
        }
        startMaintenance(compactNow: recovery.needsCompaction)
    }

    deinit {
        if !closed {
            timer?.cancel()
            commit.log.close()
            lockFile.close()
        }
    }

    /// The session saved for `user`, or nil if none, erased, expired or the store is closed.
    public func load(_ user: String) -> Data? {
        let key = SessionKey(user: user)
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
        let key = SessionKey(user: user)
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
        let key = SessionKey(user: user)
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

    /// The number of live (unexpired) sessions.
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

    /// Waits for running writes and compaction, flushes, and releases the files and the directory lock.
    /// Later saves and erases throw; loads return nil. Closing twice is harmless.
    public func close() throws {
        condition.lock(); defer { condition.unlock() }
        while compacting || commit.writerBusy { condition.wait() }
        guard !closed else { return }
        if commit.hasPending && commit.failure == nil { flushLocked() }
        closed = true
        timer?.cancel()
        timer = nil
        commit.log.close()
        lockFile.close()
        sessions = SessionIndex(entries: [:], dead: [])
        condition.broadcast()
        if let failure = commit.failure { throw failure }
    }

    /// Sessions last saved before this instant (ms since 1970) have expired.
    func expiryCutoff() -> Int64 { millis(now()) - idleExpiryMillis }

    /// Throws if the store is closed or broken. Lock held.
    func checkWritableLocked() throws {
        if closed { throw StoreError("session store: \(paths.directory) is closed") }
        if let failure = commit.failure { throw failure }
    }
}

/// Milliseconds since 1970.
func millis(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
}
