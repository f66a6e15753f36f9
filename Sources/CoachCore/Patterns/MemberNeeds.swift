/// For each longer member of a concept, words it cannot match without: the ids of one element after its first that
/// every match goes through (a word, or alternatives of words only), the one with the fewest ids. `PositionRunner` tries a
/// member only when one of them is somewhere in the message (derived from the program when it is made, and kept in the
/// load cache).
struct MemberNeeds: Sendable {
    /// The ids of member `k` of `PatternProgram.members.items` (empty: none known), in `byStart.range(k)`.
    let byStart: PostingLists
    /// The same for member `k` of `PatternProgram.conceptSequences`.
    let anyStart: PostingLists

    init(byStart members: StoredArray<Int32>, anyStart sequences: StoredArray<Int32>, ops: StoredArray<PatternProgram.Op>,
         sequenceStart: StoredArray<Int32>, sequenceLength: StoredArray<Int32>, lists: StoredArray<Int32>, wordsOnly: [UInt64]) {
        let finder = Finder(ops: ops, sequenceStart: sequenceStart, sequenceLength: sequenceLength, lists: lists,
                            wordsOnly: wordsOnly)
        byStart = finder.needs(members)
        anyStart = finder.needs(sequences)
    }

    /// The lists as the load cache kept them.
    init(byStartLists: PostingLists, anyStartLists: PostingLists) { (byStart, anyStart) = (byStartLists, anyStartLists) }

    /// Finds the needs of sequences into flat lists, without an array per sequence (a member is listed under every
    /// word it can start with, and this runs on every load).
    private struct Finder {
        let ops: StoredArray<PatternProgram.Op>
        let sequenceStart: StoredArray<Int32>
        let sequenceLength: StoredArray<Int32>
        let lists: StoredArray<Int32>
        let wordsOnly: [UInt64]

        init(ops: StoredArray<PatternProgram.Op>, sequenceStart: StoredArray<Int32>, sequenceLength: StoredArray<Int32>,
             lists: StoredArray<Int32>, wordsOnly: [UInt64]) {
            (self.ops, self.sequenceStart, self.sequenceLength, self.lists, self.wordsOnly) = (ops, sequenceStart, sequenceLength, lists, wordsOnly)
        }

        /// The needs of each of `sequences`, as lists in their order.
        func needs(_ sequences: StoredArray<Int32>) -> PostingLists {
            PostingLists(filling: sequences) { find($0, into: &$1) }
        }

        /// Appends to `items` the fewest ids of an element after the first of sequence `s` that a match cannot pass over.
        private func find(_ s: Int, into items: inout [Int32]) {
            let list = items.count
            var best = 0  // the number of ids kept, at the list's start
            let first = Int(sequenceStart[s])
            for i in first + 1 ..< first + Int(sequenceLength[s]) {
                let op = ops[i]
                let start = items.count
                switch op.kind {
                case .token:
                    items.append(op.a)
                case .alternatives:
                    // Each branch of words only starts with its first word; a branch of another kind, or an empty one,
                    // leaves the element without a word it needs.
                    for branch in Int(op.a)..<Int(op.a + op.b) {
                        let b = Int(lists[branch])
                        guard wordsOnly[b >> 6] & (1 << UInt64(b & 63)) != 0, sequenceLength[b] > 0 else {
                            items.removeSubrange(start...)
                            break
                        }
                        let id = ops[Int(sequenceStart[b])].a
                        if !items[start...].contains(id) { items.append(id) }
                    }
                default:
                    continue
                }
                let count = items.count - start
                if count == 0 { continue }
                if best == 0 || count < best {
                    // This element's ids take the place of those kept before.
                    if best > 0 { items.removeSubrange(list..<start) }
                    best = count
                } else {
                    items.removeSubrange(start...)
                }
            }
        }
    }
}
