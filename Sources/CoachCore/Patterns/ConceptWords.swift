/// Each concept's exact words and word beginnings (`PatternProgram.conceptExacts`, `conceptPrefixes`) by the first byte
/// of the words they can match, so `PositionRunner` compares a word only with the members that begin like it instead of
/// with every one (derived from the program when it is made or read back, never stored).
struct ConceptWords: Sendable {
    /// The list of each (concept, first byte) that has one, by its key `concept * 256 + byte`.
    private let keys: IntTable
    /// A list's members, each a byte string of the program: an exact word as its number `n`, a beginning as `~n`. An
    /// empty beginning begins every word, so it is in every list of its concept.
    let lists: PostingLists

    init(exactStart: StoredArray<Int32>, exacts: StoredArray<Int32>, prefixStart: StoredArray<Int32>, prefixes: StoredArray<Int32>,
         bytes: StoredArray<UInt8>, stringStart: StoredArray<Int32>) {
        var byKey: [Int: [Int32]] = [:]
        for c in 0..<exactStart.count - 1 {
            func first(_ n: Int32) -> UInt8? {
                let start = Int(stringStart[Int(n)])
                return start < Int(stringStart[Int(n) + 1]) ? bytes[start] : nil
            }
            var anyWord: [Int32] = []
            for k in Int(exactStart[c])..<Int(exactStart[c + 1]) {
                if let b = first(exacts[k]) { byKey[c * 256 + Int(b), default: []].append(exacts[k]) }
            }
            for k in Int(prefixStart[c])..<Int(prefixStart[c + 1]) {
                if let b = first(prefixes[k]) { byKey[c * 256 + Int(b), default: []].append(~prefixes[k]) } else { anyWord.append(~prefixes[k]) }
            }
            if !anyWord.isEmpty {
                for b in 0..<256 { byKey[c * 256 + b, default: []] += anyWord }
            }
        }
        let sorted = byKey.keys.sorted()
        keys = IntTable(sorted)
        lists = PostingLists(sorted.map { byKey[$0]! })
    }

    /// The members of `concept` a non-empty word that begins with `byte` may be: `lists.items[range]`.
    @inline(__always)
    func range(_ concept: Int, _ byte: UInt8) -> Range<Int> {
        let list = keys.rank(concept * 256 + Int(byte))
        return list < 0 ? 0..<0 : lists.range(list)
    }
}
