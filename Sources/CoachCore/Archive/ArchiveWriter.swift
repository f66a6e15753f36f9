/// Writes a compiled brain as flat bytes: integers as variable-length numbers, integer arrays as raw
/// little-endian words, and each distinct string once (later uses are its number in a table).
struct ArchiveWriter {
    private(set) var body: [UInt8] = []
    private var stringIDs: [String: Int] = [:]
    private var strings: [String] = []
    /// The bytes of each value written with `shared`, by its number.
    private var sharedIDs: [SharedKey: Int] = [:]

    init() {}

    /// The string table, padded to a multiple of `rawAlignment`, then the body: what `ArchiveReader` reads.
    func finished() -> [UInt8] {
        var table = ArchiveWriter()
        table.int(strings.count)
        for string in strings {
            table.int(string.utf8.count)
            table.body += string.utf8
        }
        table.pad()
        return table.body + body
    }

    /// Raw arrays start at a multiple of this from the archive's start (which the cache file places at such an offset
    /// too), so the reader can leave them where they lie (`StoredArray`).
    static let rawAlignment = 8

    /// Zero bytes up to the next multiple of `rawAlignment`.
    private mutating func pad() {
        while body.count % Self.rawAlignment != 0 { body.append(0) }
    }

    mutating func int(_ value: Int) {
        var zigzag = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while zigzag >= 0x80 {
            body.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
            zigzag >>= 7
        }
        body.append(UInt8(zigzag))
    }

    mutating func bool(_ value: Bool) { int(value ? 1 : 0) }

    mutating func string(_ value: String) {
        if let id = stringIDs[value] { return int(id) }
        stringIDs[value] = strings.count
        int(strings.count)
        strings.append(value)
    }

    mutating func bytes<Bytes: Collection<UInt8>>(_ values: Bytes) {
        int(values.count)
        body += values
    }

    mutating func int32s<Values: Collection<Int32>>(_ values: Values) { raw(values) }
    mutating func uint64s<Values: Collection<UInt64>>(_ values: Values) { raw(values) }
    mutating func ints<Values: Collection<Int>>(_ values: Values) { raw(values.map { Int64($0) }) }

    /// The count, padding to `rawAlignment`, then the values as little-endian words.
    private mutating func raw<Values: Collection>(_ values: Values) where Values.Element: FixedWidthInteger {
        int(values.count)
        pad()
        body.reserveCapacity(body.count + values.count * MemoryLayout<Values.Element>.size)
        for value in values { withUnsafeBytes(of: value.littleEndian) { body += $0 } }
    }

    mutating func array<Element: Archivable>(_ values: [Element]) {
        int(values.count)
        for value in values { value.archive(into: &self) }
    }

    /// Writes a value once and later copies (of the same type) as its number: a practice scene's states share
    /// most of their lines, and the reader then shares one array among them. Not to be nested (an inner value
    /// written as a number would make the outer one's bytes differ from its first copy).
    mutating func shared<Value>(_ value: Value, _ write: (inout ArchiveWriter, Value) -> Void) {
        let start = body.count
        int(0)
        write(&self, value)
        let key = SharedKey(type: ObjectIdentifier(Value.self), bytes: Array(body[(start + 1)...]))
        if let id = sharedIDs[key] {
            body.removeSubrange(start...)
            int(id + 1)
        } else {
            sharedIDs[key] = sharedIDs.count
        }
    }

    private struct SharedKey: Hashable {
        let type: ObjectIdentifier
        let bytes: [UInt8]
    }

    mutating func optional<Value: Archivable>(_ value: Value?) {
        bool(value != nil)
        value?.archive(into: &self)
    }
}
