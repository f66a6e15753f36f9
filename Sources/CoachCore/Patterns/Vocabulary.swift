/// The script's words as small integers: every stem a keyword, pattern or concept names.
struct Vocabulary: Sendable {
    /// Ids by the stem's bytes.
    var table = ByteTable<Int32>()
    var stems: [String] = []

    /// The id of a stem, adding it when new.
    mutating func intern(_ stem: String) -> Int32 {
        if let id = table.find(stem.utf8) { return id }
        let id = Int32(stems.count)
        table.insert(stem.utf8, id)
        stems.append(stem)
        return id
    }

    /// The id of a stem the script uses, or nil.
    func id(of stem: String) -> Int32? {
        var stem = stem
        return stem.withUTF8 { table.find($0) }
    }

    /// The id of a stem, given as bytes, or nil.
    func id<Bytes: Collection>(ofBytes stem: Bytes) -> Int32? where Bytes.Element == UInt8 { table.find(stem) }
}
