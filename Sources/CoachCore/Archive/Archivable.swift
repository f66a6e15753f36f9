/// A value of a compiled brain that can be written to and read back from an archive (the load cache).
protocol Archivable {
    func archive(into writer: inout ArchiveWriter)
    init(from reader: inout ArchiveReader) throws
}

extension Int: Archivable {
    func archive(into writer: inout ArchiveWriter) { writer.int(self) }
    init(from reader: inout ArchiveReader) throws { self = try reader.int() }
}

extension Int32: Archivable {
    func archive(into writer: inout ArchiveWriter) { writer.int(Int(self)) }
    init(from reader: inout ArchiveReader) throws { self = try reader.int32() }
}

extension String: Archivable {
    func archive(into writer: inout ArchiveWriter) { writer.string(self) }
    init(from reader: inout ArchiveReader) throws { self = try reader.string() }
}

extension Array: Archivable where Element: Archivable {
    func archive(into writer: inout ArchiveWriter) { writer.array(self) }
    init(from reader: inout ArchiveReader) throws { self = try reader.array() }
}

extension Set: Archivable where Element: Archivable {
    func archive(into writer: inout ArchiveWriter) { writer.array(Array(self)) }
    init(from reader: inout ArchiveReader) throws { self = Set(try reader.array(Element.self)) }
}

extension UInt8: Archivable {
    func archive(into writer: inout ArchiveWriter) { writer.int(Int(self)) }
    init(from reader: inout ArchiveReader) throws {
        guard let byte = UInt8(exactly: try reader.int()) else { throw ArchiveReader.Damaged() }
        self = byte
    }
}
