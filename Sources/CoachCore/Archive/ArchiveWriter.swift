/// Writes a compiled brain as flat bytes: integers as variable-length numbers, integer arrays as raw
/// little-endian words, and each distinct string once (later uses are its number in a table).
struct ArchiveWriter {
    private(set) var body: [UInt8] = []
    private var stringIDs: [String: Int] = [:]
    private var strings: [String] = []

    init() {}

    /// The string table, then the body: what `ArchiveReader` reads.
    func finished() -> [UInt8] {
        var table = ArchiveWriter()
        table.int(strings.count)
        for string in strings {
            table.int(string.utf8.count)
            table.body += string.utf8
        }
        return table.body + body
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

    mutating func bytes(_ values: [UInt8]) {
        int(values.count)
        body += values
    }

    mutating func int32s(_ values: [Int32]) { raw(values) }
    mutating func uint64s(_ values: [UInt64]) { raw(values) }
    mutating func ints(_ values: [Int]) { raw(values.map { Int64($0) }) }

    private mutating func raw<Word: FixedWidthInteger>(_ values: [Word]) {
        int(values.count)
        for value in values { withUnsafeBytes(of: value.littleEndian) { body += $0 } }
    }

    mutating func array<Element: Archivable>(_ values: [Element]) {
        int(values.count)
        for value in values { value.archive(into: &self) }
    }

    mutating func optional<Value: Archivable>(_ value: Value?) {
        bool(value != nil)
        value?.archive(into: &self)
    }
}
