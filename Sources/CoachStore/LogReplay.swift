/// What a replay found about the file's health (kept by the store for diagnostics and tests).
struct RecoveryStats: Equatable {
    /// Intact records read.
    var records = 0
    /// Where the last intact record ends; anything after it is a torn or damaged tail.
    var validEnd = 0
    /// Damaged bytes skipped between intact records.
    var skippedBytes = 0
    /// Bytes of torn or damaged tail cut off the file.
    var truncatedBytes = 0
}

/// What replaying a log file found.
struct ReplayResult {
    /// The sessions live after the replay (expired ones already dropped).
    var entries: [SessionKey: SessionEntry] = [:]
    /// Keys whose erased or expired payloads are still somewhere in the file.
    var dead: Set<SessionKey> = []
    /// Where each key's put and erase records sit (sequence 0: older than anything written from now on).
    var locations = RecordLocations()
    var stats = RecoveryStats()

    /// True when the file holds data that should not stay on disk (erased, expired or damaged bytes).
    var needsCompaction: Bool { !dead.isEmpty || stats.skippedBytes > 0 }
}

/// Rebuilds the sessions from a log file's bytes, tolerating damage.
enum LogReplay {
    /// Replays `bytes` in order; sessions last saved before `expiryCutoff` (ms since 1970) are dropped.
    /// A damaged region is skipped up to the next intact record; if none follows, it is the tail to cut.
    static func replay(_ bytes: [UInt8], expiryCutoff: Int64) -> ReplayResult {
        var result = ReplayResult()
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                if let record = LogRecord.decode(raw, at: offset) {
                    apply(record, at: offset, to: &result)
                    offset += record.size
                    result.stats.validEnd = offset
                    continue
                }
                guard let next = nextIntactRecord(raw, after: offset) else {
                    result.stats.truncatedBytes = raw.count - offset
                    break
                }
                result.stats.skippedBytes += next - offset
                offset = next
            }
        }
        for (key, entry) in result.entries where entry.lastSeen < expiryCutoff {
            result.entries[key] = nil
            result.dead.insert(key)
        }
        return result
    }

    private static func apply(_ record: LogRecord, at offset: Int, to result: inout ReplayResult) {
        result.stats.records += 1
        if record.kind != .void { result.locations.add(record.key, RecordLocation(offset: offset, size: record.size, sequence: 0)) }
        switch record.kind {
        case .put: result.entries[record.key] = SessionEntry(data: record.payload, lastSeen: record.time)
        case .erase:
            result.entries[record.key] = nil
            result.dead.insert(record.key)
        case .void: break
        }
    }

    private static func nextIntactRecord(_ raw: UnsafeRawBufferPointer, after offset: Int) -> Int? {
        var candidate = offset
        while let next = LogRecord.nextCandidate(raw, after: candidate) {
            if LogRecord.decode(raw, at: next) != nil { return next }
            candidate = next
        }
        return nil
    }
}
