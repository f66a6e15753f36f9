/// Lists of ids in one flat array: list `i` is `items[range(i)]`.
struct PostingLists: Sendable {
    var items: [Int32] = []
    var ends: [Int32] = []

    init() {}

    init(_ lists: [[Int32]]) {
        ends.reserveCapacity(lists.count)
        items.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists {
            items += list
            ends.append(Int32(items.count))
        }
    }

    /// One list per element of `keys`, each filled by `fill` appending to the items.
    init(filling keys: [Int32], _ fill: (Int, inout [Int32]) -> Void) {
        ends.reserveCapacity(keys.count)
        for key in keys {
            fill(Int(key), &items)
            endList()
        }
    }

    /// Ends the list being filled with `items.append`.
    mutating func endList() { ends.append(Int32(items.count)) }

    @inline(__always)
    func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i]) }
}
