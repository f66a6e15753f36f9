/// Comparisons whose running time does not reveal where secret bytes differ.
public enum ConstantTime {
    /// True when `a` and `b` hold the same bytes. Every byte is examined whatever the contents,
    /// so the time depends only on the length; collections of different lengths are unequal
    /// (lengths are not treated as secret).
    public static func equals<A: Collection, B: Collection>(_ a: A, _ b: B) -> Bool
    where A.Element == UInt8, B.Element == UInt8 {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }
}
