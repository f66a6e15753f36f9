/// Where one record sits in the log file, and the commit sequence it belongs to.
struct RecordLocation: Equatable {
    var offset: Int
    var size: Int
    /// The record's commit sequence number (0 for records found on open). A compaction's records carry
    /// the last sequence the new file reflects.
    var sequence: UInt64
}

/// Where each key's records sit in the current log file, so that an erasure can overwrite exactly those
/// bytes in place instead of rewriting the whole store. Not thread-safe: the store guards it with its lock.
struct RecordLocations {
    private var byKey: [SessionKey: [RecordLocation]] = [:]

    /// How many keys have records in the file.
    var keyCount: Int { byKey.count }

    /// Notes a record of `key` written at `location`.
    mutating func add(_ key: SessionKey, _ location: RecordLocation) {
        byKey[key, default: []].append(location)
    }

    /// True when the file holds any record of `key`.
    func contains(_ key: SessionKey) -> Bool { byKey[key] != nil }

    /// The records of `key` (for tests and diagnostics).
    func locations(of key: SessionKey) -> [RecordLocation] { byKey[key] ?? [] }

    /// Removes and returns the records of `key` whose sequence is below `sequence`.
    mutating func take(_ key: SessionKey, before sequence: UInt64) -> [RecordLocation] {
        take(key) { $0.sequence < sequence }
    }

    /// Removes and returns the record of `key` with exactly `sequence`, if it is in the file.
    mutating func take(_ key: SessionKey, at sequence: UInt64) -> RecordLocation? {
        take(key) { $0.sequence == sequence }.first
    }

    private mutating func take(_ key: SessionKey, where matches: (RecordLocation) -> Bool) -> [RecordLocation] {
        guard let all = byKey[key] else { return [] }
        let taken = all.filter(matches)
        guard !taken.isEmpty else { return [] }
        let kept = all.filter { !matches($0) }
        byKey[key] = kept.isEmpty ? nil : kept
        return taken
    }
}
