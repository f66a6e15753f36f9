extension FileSessionStore {
    /// Queues `record` of `key` and returns its sequence number once it is durable. Lock held; released
    /// while this thread writes. With no bytes and no key, it waits for a sync of everything written so far.
    ///
    /// Group commit: whoever finds no write in progress becomes the leader and writes every queued
    /// record with one write and one fdatasync; the others wait and are released together.
    @discardableResult
    func commitLocked(_ record: [UInt8], key: SessionKey?) throws -> UInt64 {
        let sequence = commit.enqueue(record, key: key)
        while commit.durable < sequence {
            if let failure = commit.failure { throw failure }
            if closed { throw StoreError("session store: \(paths.directory) was closed before a write finished") }
            if commit.writerBusy { condition.wait() } else { flushLocked() }
        }
        return sequence
    }

    /// Writes all queued records as the leader. Lock held; released during the I/O.
    /// A failure is recorded in `commit.failure` and breaks the store for writing.
    func flushLocked() {
        commit.writerBusy = true
        let batch = commit.takeBatch()
        let log = commit.log
        let offset = commit.logSize
        let overwrites = commit.unsyncedOverwrites
        let result = withoutLock { () -> Result<Void, Error> in
            beforeFlush?()
            return Result {
                try batch.bytes.withUnsafeBytes { try log.write($0, at: offset) }
                try log.syncData()
            }
        }
        commit.writerBusy = false
        switch result {
        case .success:
            for (key, location) in commit.flushed(batch, overwrites: overwrites) { records.add(key, location) }
        case .failure(let error): commit.failure = Self.broken(by: error)
        }
        condition.broadcast()
    }

    /// Runs `body` with the lock released, retaking it afterwards.
    func withoutLock<T>(_ body: () throws -> T) rethrows -> T {
        condition.unlock()
        defer { condition.lock() }
        return try body()
    }

    /// The error every later write reports after `error` broke the log.
    static func broken(by error: Error) -> StoreError {
        StoreError("\(error) (the session store now refuses writes; reopen it to recover from disk)")
    }

    /// How many flushes have completed (for tests and diagnostics).
    var flushCount: Int {
        condition.lock(); defer { condition.unlock() }
        return commit.flushCount
    }

    /// How many records are queued and not yet taken by a writer (for tests).
    var queuedRecordCount: Int {
        condition.lock(); defer { condition.unlock() }
        return commit.pendingRecords
    }
}
