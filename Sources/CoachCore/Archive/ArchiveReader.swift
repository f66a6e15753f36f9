/// Reads what `ArchiveWriter` wrote, checking every length against the bytes left: a damaged archive
/// throws `ArchiveReader.Damaged`, never traps. It reads the bytes where they lie (the cache file mapped from the page
/// cache), and the floats of word models stay there (`StoredFloats`), keeping the bytes alive.
struct ArchiveReader {
    /// The archive ends early or holds a value out of range.
    struct Damaged: Error {
        /// Where the check that failed is, to find a writer and reader that disagree.
        var place: String
        init(file: String = #fileID, line: Int = #line) { place = "\(file):\(line)" }
    }

    private let stored: StoredBytes
    private let data: UnsafeRawBufferPointer
    private(set) var position = 0
    private var strings: [String] = []
    /// The values written with `ArchiveWriter.shared`, by number.
    private var sharedValues: [Any] = []

    /// The part of the archive being read starts and ends here (its checksum may follow).
    private let start: Int
    private let end: Int

    /// Reads the archive in `stored.bytes[range]` (all of them when no range is given), without copying it.
    init(_ stored: StoredBytes, range: Range<Int>? = nil) throws {
        self.stored = stored
        let bytes = stored.bytes
        data = bytes
        start = range?.lowerBound ?? 0
        position = start
        end = range?.upperBound ?? bytes.count
        guard position >= 0, position <= end, end <= bytes.count else { throw Damaged() }
        let count = try self.count()
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try self.count()
            strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self))
            position += length
        }
        skipPadding()
    }

    /// Passes over the writer's padding up to the next multiple of `ArchiveWriter.rawAlignment` from the start (or to the
    /// end, where an archive with nothing after its string table may stop).
    private mutating func skipPadding() {
        let padding = (ArchiveWriter.rawAlignment - (position - start) % ArchiveWriter.rawAlignment) % ArchiveWriter.rawAlignment
        position = min(position + padding, end)
    }

    /// Reads the archive in a copy of `bytes`.
    init(_ bytes: [UInt8]) throws { try self.init(StoredBytes(copying: bytes)) }

    var isAtEnd: Bool { position == end }

    @inline(__always)
    mutating func int() throws -> Int {
        // Most numbers are one byte, and most others two (line numbers): read here, without a call.
        if position < end, data[position] < 0x80 {
            let value = UInt64(data[position])
            position += 1
            return Int(Int64(bitPattern: value >> 1 ^ (0 &- (value & 1))))
        }
        if position + 1 < end, data[position + 1] < 0x80 {
            let value = UInt64(data[position] & 0x7F) | UInt64(data[position + 1]) << 7
            position += 2
            return Int(Int64(bitPattern: value >> 1 ^ (0 &- (value & 1))))
        }
        return try longInt()
    }

    /// A number of more than two bytes (or a damaged one).
    @inline(never)
    private mutating func longInt() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end, shift < 64 else { throw Damaged() }
            let byte = data[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1 ^ (0 &- (value & 1))))
    }

    /// A number of things that follow, each at least `size` bytes long.
    mutating func count(size: Int = 1) throws -> Int {
        let value = try int()
        guard value >= 0, value <= (end - position) / max(size, 1) else { throw Damaged() }
        return value
    }

    /// A number that must lie in `range` (an id into a table already read).
    mutating func int(in range: Range<Int>) throws -> Int {
        let value = try int()
        guard range.contains(value) else { throw Damaged() }
        return value
    }

    mutating func int32() throws -> Int32 {
        let value = try int()
        guard let narrow = Int32(exactly: value) else { throw Damaged() }
        return narrow
    }

    mutating func bool() throws -> Bool {
        switch try int() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func string() throws -> String { strings[try int(in: 0..<strings.count)] }

    mutating func bytes() throws -> [UInt8] {
        let count = try self.count()
        defer { position += count }
        return Array(UnsafeRawBufferPointer(rebasing: data[position..<position + count]))
    }

    /// What `bytes()` reads, left where it lies.
    mutating func storedBytes() throws -> StoredArray<UInt8> {
        let count = try self.count()
        defer { position += count }
        return StoredArray(in: stored, at: position, count: count)
    }

    mutating func int32s() throws -> [Int32] { try raw { Int32(littleEndian: $0) } }
    mutating func uint64s() throws -> [UInt64] { try raw { UInt64(littleEndian: $0) } }
    mutating func ints() throws -> [Int] { try raw { Int64(littleEndian: $0) }.map { Int($0) } }

    /// What `int32s()` reads, left where it lies (copied only on a big-endian machine).
    mutating func storedInt32s() throws -> StoredArray<Int32> { try stored { Int32(littleEndian: $0) } }
    /// What `uint64s()` reads, left where it lies (copied only on a big-endian machine).
    mutating func storedUInt64s() throws -> StoredArray<UInt64> { try stored { UInt64(littleEndian: $0) } }
    /// What `ints()` reads, left where it lies (copied only where `Int` is not a little-endian `Int64`).
    mutating func storedInts() throws -> StoredArray<Int> {
        if MemoryLayout<Int>.size == 8 { return try stored { Int(Int64(littleEndian: Int64($0))) } }
        return StoredArray(try ints())
    }

    /// What `storedInt32s()` reads as records of `words` words each, all of them vetted at once by `valid` (false:
    /// damaged). They are left where they lie when `layoutMatches` (`Record` is those words as they lie in memory, so the
    /// vetted bytes are read as `Record` values), else made from each record's words by `make`.
    mutating func storedRecords<Record: BitwiseCopyable>(
        words: Int, layoutMatches: Bool, valid: (UnsafeBufferPointer<Int32>) -> Bool,
        make: (UnsafeBufferPointer<Int32>.SubSequence) -> Record
    ) throws -> StoredArray<Record> {
        let (start, wordCount) = try rawSpan(size: 4)
        guard wordCount % words == 0 else { throw Damaged() }
        let count = wordCount / words
        if layoutMatches, 1.bigEndian != 1, MemoryLayout<Record>.stride == words * 4,
           StoredArray<Record>.fits(in: stored, at: start, count: count) {
            guard StoredArray<Int32>(in: stored, at: start, count: wordCount).withUnsafeBufferPointer(valid) else { throw Damaged() }
            return StoredArray(in: stored, at: start, count: count)
        }
        let copied = (0..<wordCount).map { Int32(littleEndian: data.loadUnaligned(fromByteOffset: start + $0 * 4, as: Int32.self)) }
        guard copied.withUnsafeBufferPointer(valid) else { throw Damaged() }
        return copied.withUnsafeBufferPointer { flat in StoredArray((0..<count).map { make(flat[$0 * words..<($0 + 1) * words]) }) }
    }

    /// Values of a fixed size after the writer's padding, left where they lie when they are aligned in memory and the
    /// machine is little-endian, else copied and put in order by `fromLittleEndian`.
    private mutating func stored<Value: FixedWidthInteger>(fromLittleEndian: (Value) -> Value) throws -> StoredArray<Value> {
        let size = MemoryLayout<Value>.size
        let (start, count) = try rawSpan(size: size)
        if 1.bigEndian != 1, StoredArray<Value>.fits(in: stored, at: start, count: count) {
            return StoredArray(in: stored, at: start, count: count)
        }
        return StoredArray((0..<count).map { k in
            fromLittleEndian(data.loadUnaligned(fromByteOffset: start + k * size, as: Value.self))
        })
    }

    /// Where the values of a raw array lie and how many there are (each `size` bytes): its count, then the padding,
    /// passed over.
    private mutating func rawSpan(size: Int) throws -> (start: Int, count: Int) {
        let count = try self.count()
        skipPadding()
        guard count <= (end - position) / size else { throw Damaged() }
        defer { position += count * size }
        return (position, count)
    }

    /// Floats written as the bit patterns `int32s` writes, left where they lie (copied only on a big-endian machine).
    mutating func floats() throws -> StoredFloats {
        if 1.bigEndian == 1 { return StoredFloats(try raw { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) }) }
        let (start, count) = try rawSpan(size: 4)
        return StoredFloats(in: stored, at: start, count: count)
    }

    /// Values of a fixed size, copied in one go; on a big-endian machine each is then put in order by `fromLittleEndian`.
    private mutating func raw<Value>(fromLittleEndian: (Value) -> Value) throws -> [Value] {
        let size = MemoryLayout<Value>.size
        let (start, count) = try rawSpan(size: size)
        return [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: data[start..<start + count * size]))
            if 1.bigEndian == 1 { for k in 0..<count { buffer[k] = fromLittleEndian(buffer[k]) } }
            initialized = count
        }
    }

    mutating func array<Element: Archivable>(_: Element.Type = Element.self) throws -> [Element] {
        let count = try self.count()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Element(from: &self)) }
        return values
    }

    /// A value written with `ArchiveWriter.shared`: read by `read` the first time, the same value after.
    mutating func shared<Value>(_ read: (inout ArchiveReader) throws -> Value) throws -> Value {
        let tag = try int()
        if tag == 0 {
            let value = try read(&self)
            sharedValues.append(value)
            return value
        }
        guard tag > 0, tag <= sharedValues.count, let value = sharedValues[tag - 1] as? Value else { throw Damaged() }
        return value
    }

    mutating func optional<Value: Archivable>(_: Value.Type = Value.self) throws -> Value? {
        try bool() ? try Value(from: &self) : nil
    }
}
