/// The fresh log a compaction writes beside the live one, before renaming it into place.
struct CompactionFile {
    let descriptor: FileDescriptor
    /// Bytes written so far.
    private(set) var size = 0
    /// Where each key's record sits, so that it can be scrubbed if the key is removed meanwhile.
    private var locations: [SessionKey: (offset: Int, size: Int)] = [:]

    /// Creates (or empties) the file at `path`.
    init(path: String) throws {
        descriptor = try FileDescriptor.open(path, create: true, truncate: true)
    }

    /// Appends a put record for each session, in large writes.
    mutating func append<S: Sequence>(_ sessions: S) throws where S.Element == (key: SessionKey, value: SessionEntry) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        for (key, entry) in sessions {
            locations[key] = (size + buffer.count, entry.recordSize)
            LogRecord.append(kind: .put, key: key, time: entry.lastSeen, payload: entry.data, to: &buffer)
            if buffer.count >= 1 << 20 { try flush(&buffer) }
        }
        try flush(&buffer)
    }

    /// Overwrites the records of `keys` (where present) with void records of the same size.
    mutating func scrub(_ keys: Set<SessionKey>) throws {
        for key in keys {
            guard let location = locations.removeValue(forKey: key) else { continue }
            try LogRecord.void(size: location.size).withUnsafeBytes { try descriptor.write($0, at: location.offset) }
        }
    }

    /// Where each key's one record sits, tagged with `sequence`: the last commit the file reflects.
    func recordLocations(sequence: UInt64) -> RecordLocations {
        var result = RecordLocations()
        for (key, location) in locations {
            result.add(key, RecordLocation(offset: location.offset, size: location.size, sequence: sequence))
        }
        return result
    }

    /// Makes the contents durable.
    func sync() throws { try descriptor.syncData() }

    /// Closes and deletes the file (the compaction failed).
    func discard() {
        descriptor.close()
        try? removeFileIfPresent(descriptor.path)
    }

    private mutating func flush(_ buffer: inout [UInt8]) throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try descriptor.write($0, at: size) }
        size += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
