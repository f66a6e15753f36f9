/// Numbers one message keeps per pattern (0 until set): a plain array for scripts of up to 8,192
/// patterns, where clearing it (32 KB at most) costs less than hashing the few hundred patterns a message
/// meets, and a hash map for larger ones, whose messages meet few of their patterns. (The built-in coach
/// passed 4,096 patterns, the old limit, and its turns then spent a fifth of their instructions in the hash
/// map; the benchmark's generated script, 15,000 patterns, keeps the hash map it has always been measured with.)
struct PatternScratch {
    private var dense: [Int32]
    private var sparse: IDMap
    private let isDense: Bool
    static let denseLimit = 8_192

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
