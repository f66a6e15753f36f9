/// Numbers one message keeps per pattern (0 until set): a plain array for scripts of a few thousand
/// patterns, where clearing it costs less than hashing, and a hash map for larger ones, whose messages
/// meet few of their patterns.
struct PatternScratch {
    private var dense: [Int32]
    private var sparse: IDMap
    private let isDense: Bool
    static let denseLimit = 4_096

    init(patterns: Int) {
        isDense = patterns <= Self.denseLimit
        dense = isDense ? [Int32](repeating: 0, count: patterns) : []
        sparse = IDMap(capacity: isDense ? 0 : 128)
    }

    @inline(__always)
    subscript(id: Int) -> Int32 {
        get { isDense ? dense[id] : sparse[id] }
        set { if isDense { dense[id] = newValue } else { sparse[id] = newValue } }
    }
}
