/// For each longer member of a concept, words it cannot match without: the ids of one element after its first that
/// every match goes through (a word, or alternatives of words only), the one with the fewest ids. `PositionRunner` tries a
/// member only when one of them is somewhere in the message (derived from the program when it is made or read back,
/// never stored).
struct MemberNeeds: Sendable {
    /// The ids of member `k` of `PatternProgram.members.items` (empty: none known), in `byStart.range(k)`.
    let byStart: PostingLists
    /// The same for member `k` of `PatternProgram.conceptSequences`.
    let anyStart: PostingLists

    init(byStart members: [Int32], anyStart sequences: [Int32], ops: [PatternProgram.Op], sequenceStart: [Int32],
         sequenceLength: [Int32], lists: [Int32], wordsOnly: [UInt64]) {
        func isWordsOnly(_ s: Int) -> Bool { wordsOnly[s >> 6] & (1 << UInt64(s & 63)) != 0 }
        /// The fewest ids of an element after the first of sequence `s` that a match cannot pass over.
        func needs(_ s: Int) -> [Int32] {
            var best: [Int32] = []
            let first = Int(sequenceStart[s])
            for i in first + 1 ..< first + Int(sequenceLength[s]) {
                let op = ops[i]
                var ids: [Int32] = []
                switch op.kind {
                case .token:
                    ids = [op.a]
                case .alternatives:
                    // Each branch of words only starts with its first word; a branch of another kind, or an empty one,
                    // leaves the element without a word it needs.
                    for branch in Int(op.a)..<Int(op.a + op.b) {
                        let b = Int(lists[branch])
                        guard isWordsOnly(b), sequenceLength[b] > 0 else { ids = []; break }
                        let id = ops[Int(sequenceStart[b])].a
                        if !ids.contains(id) { ids.append(id) }
                    }
                default:
                    continue
                }
                if !ids.isEmpty, best.isEmpty || ids.count < best.count { best = ids }
            }
            return best
        }
        byStart = PostingLists(members.map { needs(Int($0)) })
        anyStart = PostingLists(sequences.map { needs(Int($0)) })
    }
}
