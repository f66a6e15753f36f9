/// Whether two words are one edit apart, byte by byte: a letter added, dropped or changed, or two neighbours swapped.
/// On ASCII words this is `Suggestion.editDistance(a, b) == 1` (characters are bytes there) without its tables.
enum OneEdit {
    static func apart<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Bool where A.Index == Int, B.Index == Int {
        if a.count == b.count { return sameLength(a, b) }
        if a.count == b.count + 1 { return dropsOne(a, b) }
        if b.count == a.count + 1 { return dropsOne(b, a) }
        return false
    }

    /// One letter changed, or two neighbours swapped.
    private static func sameLength<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Bool where A.Index == Int, B.Index == Int {
        let (a0, b0) = (a.startIndex, b.startIndex)
        var i = 0
        while i < a.count, a[a0 + i] == b[b0 + i] { i += 1 }
        guard i < a.count else { return false }  // the same word
        var rest = i + 1
        if i + 1 < a.count, a[a0 + i] == b[b0 + i + 1], a[a0 + i + 1] == b[b0 + i] { rest = i + 2 }
        while rest < a.count {
            if a[a0 + rest] != b[b0 + rest] { return false }
            rest += 1
        }
        return true
    }

    /// `longer` with one letter left out is `shorter`.
    private static func dropsOne<A: Collection<UInt8>, B: Collection<UInt8>>(_ longer: A, _ shorter: B) -> Bool where A.Index == Int, B.Index == Int {
        let (l0, s0) = (longer.startIndex, shorter.startIndex)
        var i = 0
        while i < shorter.count, longer[l0 + i] == shorter[s0 + i] { i += 1 }
        while i < shorter.count {
            if longer[l0 + i + 1] != shorter[s0 + i] { return false }
            i += 1
        }
        return true
    }
}
