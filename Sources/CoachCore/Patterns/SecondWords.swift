/// For each longer concept member whose first element always covers exactly one word (a word, an exact word, a beginning,
/// or alternatives of these alone), what the word after it must be when its second element starts with words, exact
/// words or beginnings: a vocabulary id it can be (`id`) or a byte it can begin with (`~byte`). `PositionRunner` passes over
/// such a member when the next word is none of them, without running it (`[is|s|he] [scream|shout] and ...` at "he
/// said"). An empty list: no such check. Derived from the program when it is made, and kept in the load cache.
struct SecondWords: Sendable {
    /// The list of member `k` of `PatternProgram.members.items`, in `byStart.range(k)`.
    let byStart: PostingLists
    /// The same for member `k` of `PatternProgram.conceptSequences`.
    let anyStart: PostingLists

    init(byStart members: StoredArray<Int32>, anyStart sequences: StoredArray<Int32>, ops: StoredArray<PatternProgram.Op>,
         sequenceStart: StoredArray<Int32>, sequenceLength: StoredArray<Int32>, lists: StoredArray<Int32>, bytes: StoredArray<UInt8>,
         stringStart: StoredArray<Int32>) {
        let finder = Finder(ops: ops, sequenceStart: sequenceStart, sequenceLength: sequenceLength, lists: lists,
                            bytes: bytes, stringStart: stringStart)
        byStart = finder.lists(members)
        anyStart = finder.lists(sequences)
    }

    /// The lists as the load cache kept them.
    init(byStartLists: PostingLists, anyStartLists: PostingLists) { (byStart, anyStart) = (byStartLists, anyStartLists) }

    /// Whether list `k` of `words` is empty or holds word `id` or the byte `firstByte` (-1: an empty word).
    @inline(__always)
    static func allows(_ words: PostingLists, _ k: Int, id: Int32, firstByte: Int16) -> Bool {
        let range = words.range(k)
        if range.isEmpty { return true }
        for i in range {
            let item = words.items[i]
            if item >= 0 ? item == id : Int16(~item) == firstByte { return true }
        }
        return false
    }

    private struct Finder {
        let ops: StoredArray<PatternProgram.Op>
        let sequenceStart: StoredArray<Int32>
        let sequenceLength: StoredArray<Int32>
        let lists: StoredArray<Int32>
        let bytes: StoredArray<UInt8>
        let stringStart: StoredArray<Int32>

        func lists(_ sequences: StoredArray<Int32>) -> PostingLists {
            PostingLists(filling: sequences) { find($0, into: &$1) }
        }

        /// Appends the second words of sequence `s`, or nothing when its first element may cover other than one word or
        /// its second element may begin otherwise.
        private func find(_ s: Int, into items: inout [Int32]) {
            guard sequenceLength[s] >= 2 else { return }
            let first = ops[Int(sequenceStart[s])], second = ops[Int(sequenceStart[s]) + 1]
            guard isOneWord(first) else { return }
            let start = items.count
            if second.kind == .alternatives {
                for branch in Int(second.a)..<Int(second.a + second.b) {
                    let b = Int(lists[branch])
                    guard sequenceLength[b] > 0, let item = word(ops[Int(sequenceStart[b])]) else {
                        items.removeSubrange(start...)
                        return
                    }
                    if !items[start...].contains(item) { items.append(item) }
                }
            } else if let item = word(second) {
                items.append(item)
            }
        }

        /// Whether `op` always covers exactly one word.
        private func isOneWord(_ op: PatternProgram.Op) -> Bool {
            switch op.kind {
            case .token, .exact, .prefix: return true
            case .alternatives:
                return (Int(op.a)..<Int(op.a + op.b)).allSatisfy { branch in
                    let b = Int(lists[branch])
                    guard sequenceLength[b] == 1 else { return false }
                    let kind = ops[Int(sequenceStart[b])].kind
                    return kind == .token || kind == .exact || kind == .prefix
                }
            default: return false
            }
        }

        /// The word `op` must be (its id) or begin with (`~byte`), or nil when it may be any word or is not one.
        private func word(_ op: PatternProgram.Op) -> Int32? {
            switch op.kind {
            case .token: return op.a
            case .exact, .prefix:
                let start = Int(stringStart[Int(op.a)])
                guard start < Int(stringStart[Int(op.a) + 1]) else { return nil }  // an empty beginning: any word
                return ~Int32(bytes[start])
            default: return nil
            }
        }
    }
}
