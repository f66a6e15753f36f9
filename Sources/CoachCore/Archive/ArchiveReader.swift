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

    /// The part of the archive being read ends here (its checksum may follow).
    private let end: Int

    /// Reads the archive in `stored.bytes[range]` (all of them when no range is given), without copying it.
    init(_ stored: StoredBytes, range: Range<Int>? = nil) throws {
        self.stored = stored
        let bytes = stored.bytes
        data = bytes
        position = range?.lowerBound ?? 0
        end = range?.upperBound ?? bytes.count
        guard position >= 0, position <= end, end <= bytes.count else { throw Damaged() }
        let count = try self.count()
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try self.count()
            strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self))
            position += length
        }
    }

    /// Reads the archive in a copy of `bytes`.
    init(_ bytes: [UInt8]) throws { try self.init(StoredBytes(copying: bytes)) }

    var isAtEnd: Bool { position == end }

    mutating func int() throws -> Int {
        if position < end, data[position] < 0x80 {  // most numbers are one byte
            let value = UInt64(data[position])
            position += 1
            return Int(Int64(bitPattern: value >> 1 ^ (0 &- (value & 1))))
        }
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

    mutating func int32s() throws -> [Int32] { try raw { Int32(littleEndian: $0) } }
    mutating func uint64s() throws -> [UInt64] { try raw { UInt64(littleEndian: $0) } }
    mutating func ints() throws -> [Int] { try raw { Int64(littleEndian: $0) }.map { Int($0) } }
    /// Floats written as the bit patterns `int32s` writes, left where they lie (copied only on a big-endian machine).
    mutating func floats() throws -> StoredFloats {
        if 1.bigEndian == 1 { return StoredFloats(try raw { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) }) }
        let count = try self.count(size: 4)
        defer { position += count * 4 }
        return StoredFloats(in: stored, at: position, count: count)
    }

    /// Values of a fixed size, copied in one go; on a big-endian machine each is then put in order by `fromLittleEndian`.
    private mutating func raw<Value>(fromLittleEndian: (Value) -> Value) throws -> [Value] {
        let size = MemoryLayout<Value>.size
        let count = try self.count(size: size)
        let start = position
        position += count * size
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
