/// Lists of ids in one flat array, filled one list after another and emptied for the next message with their memory
/// kept: list `i` is `items[range(i)]` (the read-only form a brain keeps is `PostingLists`).
struct GrowingLists {
    private(set) var items: [Int32] = []
    private(set) var ends: [Int32] = []

    /// Adds `id` to the list being filled.
    mutating func append(_ id: Int32) { items.append(id) }

    /// Ends the list being filled.
    mutating func endList() { ends.append(Int32(items.count)) }

    /// Empties every list, keeping the memory.
    mutating func removeAll() {
        items.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i]) }
}
