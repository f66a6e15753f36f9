/// Lists of ids in one flat array: list `i` is `items[range(i)]`. A brain's lists, read in place from the load cache
/// (`StoredArray`); `GrowingLists` is the form a matcher fills message after message.
struct PostingLists: Sendable {
    let items: StoredArray<Int32>
    let ends: StoredArray<Int32>

    init() { (items, ends) = ([], []) }

    /// Lists read back from the load cache.
    init(items: StoredArray<Int32>, ends: StoredArray<Int32>) { (self.items, self.ends) = (items, ends) }

    init(_ lists: [[Int32]]) {
        var ends: [Int32] = []
        var items: [Int32] = []
        ends.reserveCapacity(lists.count)
        items.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists {
            items += list
            ends.append(Int32(items.count))
        }
        (self.items, self.ends) = (StoredArray(items), StoredArray(ends))
    }

    /// One list per element of `keys`, each filled by `fill` appending to the items.
    init<Keys: Sequence>(filling keys: Keys, _ fill: (Int, inout [Int32]) -> Void) where Keys.Element == Int32 {
        var ends: [Int32] = []
        var items: [Int32] = []
        ends.reserveCapacity(keys.underestimatedCount)
        for key in keys {
            fill(Int(key), &items)
            ends.append(Int32(items.count))
        }
        (self.items, self.ends) = (StoredArray(items), StoredArray(ends))
    }

    @inline(__always)
    func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i]) }
}
