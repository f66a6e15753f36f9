/// The group-commit queue: encoded records waiting for the next flush, and the log they go to.
/// Not thread-safe: the store guards it with its lock.
struct CommitQueue {
    /// A run of queued records taken by one writer.
    struct Batch {
        var bytes: [UInt8]
        var lastSequence: UInt64
        var records: Int
        /// Where each keyed record sits within `bytes`.
        var locations: [(key: SessionKey, location: RecordLocation)]
    }

    /// The open log file and how many bytes of it are written.
    var log: FileDescriptor
    var logSize: Int
    /// True while one thread (a flush leader or a compaction) owns the log for writing.
    var writerBusy = false
    /// The first write or sync failure; once set, the store refuses writes.
    var failure: StoreError?
    /// How many flushes (write + fdatasync) have completed.
    private(set) var flushCount = 0
    /// The sequence number of the newest record known to be durable.
    private(set) var durable: UInt64 = 0
    private(set) var lastEnqueued: UInt64 = 0
    private var pending: [UInt8] = []
    /// Keyed records in `pending`, with offsets relative to its start.
    private var pendingLocations: [(key: SessionKey, location: RecordLocation)] = []
    /// How many records `pending` holds (a sync request counts as one, with no bytes).
    private(set) var pendingRecords = 0
    /// Bumped each time the store overwrites log bytes in place without syncing; a flush that started
    /// at the same value made those bytes durable.
    var unsyncedOverwrites = 0
    private(set) var syncedOverwrites = 0

    init(log: FileDescriptor, logSize: Int) {
        self.log = log
        self.logSize = logSize
    }

    /// True when records are waiting for a flush.
    var hasPending: Bool { pendingRecords > 0 }

    /// True when bytes were overwritten in place since the last sync.
    var hasUnsyncedOverwrites: Bool { unsyncedOverwrites != syncedOverwrites }

    /// Queues an encoded record of `key` (or, with no bytes and no key, a request for a sync); returns
    /// its sequence number.
    mutating func enqueue(_ record: [UInt8], key: SessionKey?) -> UInt64 {
        lastEnqueued += 1
        if let key {
            pendingLocations.append((key, RecordLocation(offset: pending.count, size: record.count, sequence: lastEnqueued)))
        }
        pending += record
        pendingRecords += 1
        return lastEnqueued
    }

    /// Takes every queued record for one write.
    mutating func takeBatch() -> Batch {
        defer {
            pending = []
            pendingLocations = []
            pendingRecords = 0
        }
        return Batch(bytes: pending, lastSequence: lastEnqueued, records: pendingRecords, locations: pendingLocations)
    }

    /// Puts a batch back in front of the queue (its writer failed before writing it).
    mutating func restore(_ batch: Batch) {
        let shift = batch.bytes.count
        pendingLocations = batch.locations + pendingLocations.map { entry in
            var moved = entry
            moved.location.offset += shift
            return moved
        }
        pending = batch.bytes + pending
        pendingRecords += batch.records
    }

    /// A batch was written to the current log at `logSize` and synced, after `overwrites` in-place
    /// overwrites; returns where its keyed records now sit in the file.
    mutating func flushed(_ batch: Batch, overwrites: Int) -> [(key: SessionKey, location: RecordLocation)] {
        let base = logSize
        logSize += batch.bytes.count
        durable = max(durable, batch.lastSequence)
        flushCount += 1
        syncedOverwrites = max(syncedOverwrites, overwrites)
        return batch.locations.map { entry in
            var placed = entry
            placed.location.offset += base
            return placed
        }
    }

    /// A sync outside a flush made every overwrite up to `overwrites` durable.
    mutating func synced(overwrites: Int) { syncedOverwrites = max(syncedOverwrites, overwrites) }

    /// A compaction wrote a new log that already reflects `batch` (if given, it is durable); switch to it.
    mutating func replaceLog(with file: FileDescriptor, size: Int, covering batch: Batch?) {
        log = file
        logSize = size
        syncedOverwrites = unsyncedOverwrites  // the old file's overwrites no longer matter; the new one is synced
        if let batch { durable = max(durable, batch.lastSequence) }
    }
}
