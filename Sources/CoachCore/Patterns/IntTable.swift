/// A read-only hash set of integers that gives each key's rank (its place in the sorted keys).
struct IntTable: Sendable {
    let slots: StoredArray<Int>
    let ranks: StoredArray<Int32>

    /// `keys` sorted, without repeats, none negative.
    init(_ keys: [Int]) {
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var slots = [Int](repeating: -1, count: size)
        var ranks = [Int32](repeating: -1, count: size)
        for (rank, key) in keys.enumerated() {
            var slot = Self.slot(key, size)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = key
            ranks[slot] = Int32(rank)
        }
        (self.slots, self.ranks) = (StoredArray(slots), StoredArray(ranks))
    }

    /// A table read back from the load cache (its slots a power of two in number, as many as its ranks).
    init(slots: StoredArray<Int>, ranks: StoredArray<Int32>) { (self.slots, self.ranks) = (slots, ranks) }

    /// The rank of `key`, or -1.
    @inline(__always)
    func rank(_ key: Int) -> Int {
        var slot = Self.slot(key, slots.count)
        while true {
            let stored = slots[slot]
            if stored == key { return Int(ranks[slot]) }
            if stored < 0 { return -1 }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    @inline(__always)
    private static func slot(_ key: Int, _ size: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & (size - 1)
    }
}
