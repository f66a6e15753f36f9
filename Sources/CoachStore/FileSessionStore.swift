import Dispatch
import Foundation

/// A durable session store in one directory: an append-only log of checksummed records, replayed on open.
///
/// Guarantees:
/// - `save` and `erase` return only once their record is on disk (fdatasync); concurrent calls share
///   one write and one sync (group commit). A crash, even `kill -9` or power loss, keeps every
///   acknowledged change.
/// - User ids are never written: records are keyed by SHA-256 of the id; no file is named after a user.
/// - `erase` costs about two turns, whatever the store's size: it appends an erase record (group
///   commit), overwrites every earlier record of that user in the log with a void record of the same
///   size, syncs, then voids the erase record too. When it returns, no file in the directory holds
///   that user's data; the voided erase record (the keyed hash and a time, no data) reaches the disk
///   with the next write or sync, at the latest at `close` (after a power cut, the compaction on open
///   removes it). Erasures never rewrite the store. Beyond the store's files, freed disk blocks,
///   copy-on-write filesystems, SSD remapping and backups are out of its reach.
/// - Sessions idle (unsaved) longer than `idleExpiry` are invisible at once, and leave the disk at the
///   next compaction: an hourly sweep (or sooner, for short expiries) compacts when any have expired.
/// - On open, a torn or damaged tail is truncated away; damaged records between intact ones are
///   skipped and then dropped by a compaction. Damage never crashes the process.
/// - One store per directory at a time (flock on `lock`); a second open fails with a clear error.
/// - After a write or sync fails, the store refuses further writes; reopen it to recover from disk.
public final class FileSessionStore: SessionStore, @unchecked Sendable {  // safe: every `var` is used with `condition` locked; the test hooks are set before the calls that run them
    let paths: StorePaths
    /// The random key user ids are hashed with (see `StoreSecret`).
    let secret: [UInt8]
    /// Recent users' keys, so each turn computes its HMAC once.
    let keys: SessionKeyCache
    let idleExpiryMillis: Int64
    let now: @Sendable () -> Date
    let lockFile: FileDescriptor
    /// What the replay on open found (for tests and diagnostics).
    let recovery: RecoveryStats
    /// What opening changed that an operator should know (a directory's mode tightened), one line each.
    public let openingNotes: [String]
    let maintenanceQueue = DispatchQueue(label: "allycoach.session-store.maintenance")

    /// Guards every `var` below.
    let condition = NSCondition()
    var sessions: SessionIndex
    /// Where each key's records sit in the current log (see `erase`).
    var records: RecordLocations
    var commit: CommitQueue
    var compacting = false
    /// Counts compactions started, so an erasure can wait for the one running when it began.
    var compactionSerial = 0
    /// `close` has begun: new writes are refused while queued ones finish.
    var closing = false
    var closed = false
    var maintenance = MaintenanceState()
    var timer: DispatchSourceTimer?
    /// Test hook: runs in the flush leader after it takes a batch, before writing it (lock not held).
    var beforeFlush: (() -> Void)?
    /// Test hook: runs in a compaction (lock not held) once its snapshot is written, and again once it owns the log.
    var duringCompaction: ((CompactionStep) -> Void)?

    /// Where a compaction is, for `duringCompaction`.
    enum CompactionStep { case snapshotWritten, finishing }

    /// Opens (creating if needed, mode 0700; an existing directory open to others is tightened to 0700,
    /// see `openingNotes`) the store in `directory` and replays its log.
    /// Throws a `StoreError` when the directory cannot be created, read or locked.
    public init(
        directory: URL, idleExpiry: TimeInterval = 30 * 24 * 3600,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        paths = StorePaths(directory: directory)
        idleExpiryMillis = Int64(min(max(idleExpiry, 0), 1e15) * 1000)
        self.now = now
        openingNotes = try paths.prepareDirectory().map { [$0] } ?? []
        lockFile = try paths.acquireLock()
        do {
            secret = try StoreSecret.loadOrCreate(paths)
        } catch {
            lockFile.close()
            throw error
        }
        keys = SessionKeyCache(secret: secret)
        let replay: ReplayResult
        do {
            let opened = try Self.openLog(paths, expiryCutoff: millis(now()) - idleExpiryMillis)
            replay = opened.replay
            commit = CommitQueue(log: opened.log, logSize: replay.stats.validEnd)
        } catch {
            lockFile.close()
            throw error
        }
        recovery = replay.stats
        sessions = SessionIndex(entries: replay.entries, dead: replay.dead)
        records = replay.locations
        startMaintenance(compactNow: replay.needsCompaction)
    }

    deinit {
        if !closed {
            timer?.cancel()
            commit.log.close()
            lockFile.close()
        }
    }

    /// Waits for running writes and compaction, flushes, and releases the files and the directory lock.
    /// Later saves and erases throw; loads return nil. Closing twice is harmless.
    public func close() throws {
        condition.lock(); defer { condition.unlock() }
        guard !closing else {
            while !closed { condition.wait() }
            return
        }
        closing = true
        while compacting || commit.writerBusy || (commit.hasPending && commit.failure == nil) {
            if compacting || commit.writerBusy { condition.wait() } else { flushLocked() }
        }
        if commit.hasUnsyncedOverwrites && commit.failure == nil {
            do { try commit.log.syncData() } catch { commit.failure = Self.broken(by: error) }
        }
        closed = true
        timer?.cancel()
        timer = nil
        commit.log.close()
        lockFile.close()
        sessions = SessionIndex(entries: [:], dead: [])
        records = RecordLocations()
        condition.broadcast()
        if let failure = commit.failure { throw failure }
    }

    /// Removes a compaction's leftover, opens (or creates) the log, replays it and cuts off a torn tail.
    private static func openLog(_ paths: StorePaths, expiryCutoff: Int64) throws -> (log: FileDescriptor, replay: ReplayResult) {
        try removeFileIfPresent(paths.compacting)
        let log = try FileDescriptor.open(paths.log, create: true)
        do {
            try syncDirectory(paths.directory)
            let bytes = try log.readAll()
            let replay = LogReplay.replay(bytes, expiryCutoff: expiryCutoff)
            if replay.stats.truncatedBytes > 0 {
                try log.truncate(to: replay.stats.validEnd)
                try log.syncData()
            }
            return (log, replay)
        } catch {
            log.close()
            throw error
        }
    }

    /// Sessions last saved before this instant (ms since 1970) have expired.
    func expiryCutoff() -> Int64 { millis(now()) - idleExpiryMillis }

    /// Throws if the store is closed or broken. Lock held.
    func checkWritableLocked() throws {
        if closing { throw StoreError("session store: \(paths.directory) is closed") }
        if let failure = commit.failure { throw failure }
    }
}

/// Milliseconds since 1970.
func millis(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
}
