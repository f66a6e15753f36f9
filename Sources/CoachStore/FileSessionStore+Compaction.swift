extension FileSessionStore {
    /// Writes the live sessions to a fresh file and renames it over the log. Lock held on entry and
    /// exit, released for the I/O; no other compaction may be running.
    ///
    /// Saves continue while the snapshot is copied. Then, owning the log for writing, it scrubs the
    /// snapshot records of keys removed or changed meanwhile, appends the current state of keys changed
    /// meanwhile (which also covers every queued record), syncs, renames and syncs the directory.
    /// The new file thus holds one record per live session, plus zeroed void records.
    func compactLocked() throws {
        precondition(!compacting, "one compaction at a time")
        compacting = true
        compactionSerial += 1
        defer {
            compacting = false
            condition.broadcast()
        }
        sessions.purgeExpired(before: expiryCutoff())
        let snapshot = sessions.beginCompaction()
        var file: CompactionFile
        do {
            file = try withoutLock {
                var file = try CompactionFile(path: paths.compacting)
                do {
                    try file.append(snapshot)
                    try file.sync()
                    duringCompaction?(.snapshotWritten)
                } catch {
                    file.discard()
                    throw error
                }
                return file
            }
        } catch {
            sessions.abortCompaction()
            throw error
        }

        while commit.writerBusy { condition.wait() }
        commit.writerBusy = true
        defer { commit.writerBusy = false }
        let (stale, changed) = sessions.beginFinishing()
        let covered = commit.takeBatch()
        let locations: RecordLocations
        do {
            locations = try withoutLock {
                duringCompaction?(.finishing)
                try file.scrub(stale)
                try file.append(changed)
                try file.sync()
                try renameFile(paths.compacting, paths.log)
                return file.recordLocations(sequence: covered.lastSequence)
            }
        } catch {
            commit.restore(covered)
            sessions.abortCompaction()
            file.discard()
            throw error
        }
        try switchLog(to: file, covering: covered, locations: locations)
    }

    /// The new file is named `sessions.log` now: sync the directory, then write to it.
    private func switchLog(to file: CompactionFile, covering covered: CommitQueue.Batch, locations: RecordLocations) throws {
        let old = commit.log
        let synced = withoutLock { Result { try syncDirectory(paths.directory) } }
        old.close()
        switch synced {
        case .success:
            commit.replaceLog(with: file.descriptor, size: file.size, covering: covered)
            records = locations
            sessions.finishCompaction()
        case .failure(let error):
            commit.replaceLog(with: file.descriptor, size: file.size, covering: nil)
            records = locations
            sessions.abortCompaction()
            commit.failure = Self.broken(by: error)
            throw commit.failure!
        }
    }
}
