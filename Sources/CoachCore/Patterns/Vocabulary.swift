/// The script's words as small integers: every stem a keyword, pattern or concept names.
struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var stems: [String] = []

    /// The id of a stem, adding it when new.
    mutating func intern(_ stem: String) -> Int32 {
        if let id = ids[stem] { return id }
        let id = Int32(stems.count)
        ids[stem] = id
        stems.append(stem)
        return id
    }

    /// The id of a stem the script uses, or nil.
    func id(of stem: String) -> Int32? { ids[stem] }
}
