/// The group-commit queue: encoded records waiting for the next flush, and the log they go to.
/// Not thread-safe: the store guards it with its lock.
struct CommitQueue {
    /// A run of queued records taken by one writer.
    struct Batch {
        var bytes: [UInt8]
        var lastSequence: UInt64
        var records: Int
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
    /// How many records `pending` holds.
    private(set) var pendingRecords = 0

    init(log: FileDescriptor, logSize: Int) {
        self.log = log
        self.logSize = logSize
    }

    /// True when records are waiting for a flush.
    var hasPending: Bool { !pending.isEmpty }

    /// Queues an encoded record; returns its sequence number.
    mutating func enqueue(_ record: [UInt8]) -> UInt64 {
        pending += record
        pendingRecords += 1
        lastEnqueued += 1
        return lastEnqueued
    }

    /// Takes every queued record for one write.
    mutating func takeBatch() -> Batch {
        defer {
            pending = []
            pendingRecords = 0
        }
        return Batch(bytes: pending, lastSequence: lastEnqueued, records: pendingRecords)
    }

    /// Puts a batch back in front of the queue (its writer failed before writing it).
    mutating func restore(_ batch: Batch) {
        pending = batch.bytes + pending
        pendingRecords += batch.records
    }

    /// A batch was written to the current log and synced.
    mutating func flushed(_ batch: Batch) {
        logSize += batch.bytes.count
        durable = max(durable, batch.lastSequence)
        flushCount += 1
    }

    /// A compaction wrote a new log that already reflects `batch` (if given, it is durable); switch to it.
    mutating func replaceLog(with file: FileDescriptor, size: Int, covering batch: Batch?) {
        log = file
        logSize = size
        if let batch { durable = max(durable, batch.lastSequence) }
    }
}
