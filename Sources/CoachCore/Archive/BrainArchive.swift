/// The load cache's file: a compiled brain with the diagnostics of its load, keyed by every file the load read.
///
/// Layout: a magic line and format number, then an archive (`ArchiveWriter`) holding the key (the build, the
/// folder, the `.coach` files in it, and the length and hash of each file read with whether it is a source the
/// diagnostics point into), then the diagnostics and the brain; last, a checksum of everything before it (`checksum`).
enum BrainArchive {
    /// Changes whenever the archive's layout changes. Its length is a multiple of `ArchiveWriter.rawAlignment`, so the
    /// archive's raw arrays lie aligned in the file (and in its mapping) as they do in the archive.
    static let magic = Array("AllyCoach brain cache 8\n".utf8)

    /// A file the load read, as the key records it.
    struct FileKey: Equatable {
        var path: String
        var isSource: Bool
        var length: Int
        var hash: ContentHash
    }

    /// What identifies a load: the program that compiled it, the folder, and its `.coach` files' names.
    struct Key: Equatable {
        var build: String
        var folder: String
        var names: [String]
    }

    static func encode(key: Key, files: [FileKey], diagnostics: [Diagnostic], brain: Brain) -> [UInt8] {
        var writer = ArchiveWriter()
        writer.string(key.build)
        writer.string(key.folder)
        writer.array(key.names)
        writer.int(files.count)
        for file in files {
            writer.string(file.path)
            writer.bool(file.isSource)
            writer.int(file.length)
            writer.uint64s([file.hash.low, file.hash.high])
        }
        writer.array(diagnostics)
        brain.archive(into: &writer)
        var bytes = magic + writer.finished()
        let checksum = bytes.withUnsafeBytes { Self.checksum($0) }
        for word in [checksum.low, checksum.high] { withUnsafeBytes(of: word.littleEndian) { bytes += $0 } }
        return bytes
    }

    /// The checksum of `bytes`: the hash of the hashes of its two halves, made at the same time (`inParallel`), since a
    /// load waits for it before reading the brain.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> ContentHash {
        let middle = bytes.count / 2
        let (first, second) = inParallel({ ContentHash(UnsafeRawBufferPointer(rebasing: bytes[..<middle])) },
                                         { ContentHash(UnsafeRawBufferPointer(rebasing: bytes[middle...])) })
        let halves = [first.low, first.high, second.low, second.high].flatMap { withUnsafeBytes(of: $0.littleEndian, Array.init) }
        return ContentHash(halves)
    }

    /// The archive's body after checking its magic and checksum; nil when either is wrong.
    static func body(_ stored: StoredBytes) -> ArchiveReader? {
        let bytes = stored.bytes
        guard bytes.count >= magic.count + 16, bytes.starts(with: magic) else { return nil }
        let end = bytes.count - 16
        let expected = checksum(UnsafeRawBufferPointer(rebasing: bytes[..<end]))
        let written = ContentHash(low: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: end, as: UInt64.self)),
                                  high: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: end + 8, as: UInt64.self)))
        guard expected == written else { return nil }
        return try? ArchiveReader(stored, range: magic.count..<end)
    }

    static func readKey(_ reader: inout ArchiveReader) throws -> (Key, [FileKey]) {
        let key = Key(build: try reader.string(), folder: try reader.string(), names: try reader.array())
        var files: [FileKey] = []
        for _ in 0..<(try reader.count()) {
            let path = try reader.string()
            let isSource = try reader.bool()
            let length = try reader.int()
            let hash = try reader.uint64s()
            guard hash.count == 2 else { throw ArchiveReader.Damaged() }
            files.append(FileKey(path: path, isSource: isSource, length: length, hash: ContentHash(low: hash[0], high: hash[1])))
        }
        return (key, files)
    }

    /// The diagnostics and the brain that follow the key.
    static func readBrain(_ reader: inout ArchiveReader) throws -> ([Diagnostic], Brain) {
        let diagnostics = try reader.array(Diagnostic.self)
        let brain = try Brain(from: &reader)
        guard reader.isAtEnd else { throw ArchiveReader.Damaged() }
        return (diagnostics, brain)
    }
}
