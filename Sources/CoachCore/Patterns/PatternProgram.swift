/// Every pattern and concept of a script as flat arrays of instructions, for `PositionRunner`: no
/// enum payloads, closures or nested arrays to retain while a message is matched.
final class PatternProgram: Sendable {
    enum Kind: UInt8, Sendable, CaseIterable {
        /// `a`: vocabulary id.
        case token
        /// `a`, `b`: offset and length of the beginning in `bytes`.
        case prefix
        /// `a`, `b`: offset and length of the word in `bytes`.
        case exact
        /// `a`: concept id.
        case concept
        /// `a`, `b`: the branches' sequence ids are `lists[a..<a + b]`.
        case alternatives
        /// `a`: the inner sequence.
        case optional
        /// `a`: the most words skipped.
        case gap
        /// `a`: the inner sequence (one element); `b`: the most words it covers.
        case not
        case start
        case end
    }

    struct Op: Sendable {
        let kind: Kind
        let a: Int32
        let b: Int32
    }

    /// The longest match (and look-behind) a program handles: positions are bits of one `UInt64`.
    static let maxSpan = 62

    let ops: StoredArray<Op>
    /// Sequence `s` is `ops[sequenceStart[s]..<sequenceStart[s] + sequenceLength[s]]`.
    let sequenceStart: StoredArray<Int32>
    let sequenceLength: StoredArray<Int32>
    let lists: StoredArray<Int32>
    let bytes: StoredArray<UInt8>
    /// The sequence of each pattern, or -1 when it may span more than `maxSpan` words (it then runs on `BacktrackingRunner`).
    let patternSequence: StoredArray<Int32>

    /// Concept `c`'s one-word members: bit `id` of `conceptSingles[c * singleWords...]`.
    let conceptSingles: StoredArray<UInt64>
    let singleWords: Int
    /// Concept `c`'s exact words, beginnings and longer members are `conceptExacts[conceptExactStart[c]..<conceptExactStart[c + 1]]` and so on.
    let conceptExactStart: StoredArray<Int32>
    let conceptExacts: StoredArray<Int32>
    let conceptPrefixStart: StoredArray<Int32>
    let conceptPrefixes: StoredArray<Int32>
    /// Concept `c`'s longer members that may start with any word (a gap or word beginning first) are
    /// `conceptSequences[conceptSequenceStart[c]..<conceptSequenceStart[c + 1]]`; the others are
    /// found by the concept and the id of the word they start with, in `membersByStart`.
    let conceptSequenceStart: StoredArray<Int32>
    let conceptSequences: StoredArray<Int32>
    let membersByStart: IntTable
    let members: PostingLists
    /// The number of vocabulary ids, for `membersByStart`'s keys (`concept * vocabularySize + id`).
    let vocabularySize: Int
    /// Offsets into `bytes` of each byte string (a word or beginning); its end is the next one's start.
    let stringStart: StoredArray<Int32>

    /// Bit `s` set when sequence `s` is words only (`.token` instructions), which `PositionRunner` matches without a
    /// call of its own (derived from `ops` when the program is made or read back, never stored: a bit a sequence keeps
    /// it small for every load).
    let wordsOnly: [UInt64]

    /// Whether sequence `s` is words only.
    @inline(__always)
    func isWordsOnly(_ s: Int) -> Bool { wordsOnly[s >> 6] & (1 << UInt64(s & 63)) != 0 }

    /// For each branch in `lists`, how it starts (derived like `wordsOnly`), so `PositionRunner` passes over a branch of
    /// `[is|was|are]` without running it.
    let branchStarts: [BranchStart]

    struct BranchStart: Sendable {
        /// The vocabulary id the branch's match must start with when it is words only, else -1.
        let firstWord: Int32
        /// Whether the branch is that one word and nothing else (then the word alone decides its match).
        let isOneWord: Bool
        /// The byte the branch's first word must begin with when it starts with an exact word or a word beginning
        /// (`["is"|"are"]`), else -1.
        let firstByte: Int16
    }

    /// For each member in `conceptSequences`: the bytes its first word can begin with when it starts with exact words or
    /// word beginnings (`"kill" time`, `["is"|"are"] ...`), else every byte (derived like `wordsOnly`), so `PositionRunner`
    /// tries such a member only at words that begin with one of them.
    let memberStarts: [ByteSet]

    /// The concepts' exact words and word beginnings by the first byte of the words they can match.
    let conceptWords: ConceptWords

    /// Words each longer concept member cannot match without.
    let memberNeeds: MemberNeeds

    /// What the word after a longer concept member's first word must be, where that is known.
    let secondWords: SecondWords

    /// `memberStarts` for every member that may start with any word.
    private static func memberStarts(_ members: StoredArray<Int32>, _ ops: StoredArray<Op>, _ sequenceStart: StoredArray<Int32>,
                                     _ sequenceLength: StoredArray<Int32>, _ lists: StoredArray<Int32>, _ bytes: StoredArray<UInt8>,
                                     _ stringStart: StoredArray<Int32>) -> [ByteSet] {
        /// The bytes a match of sequence `s` must begin with, or nil when it may begin otherwise: its first instruction
        /// is an exact word or a non-empty beginning, or alternatives whose every branch starts so.
        func starts(_ s: Int) -> ByteSet? {
            guard sequenceLength[s] > 0 else { return nil }
            let op = ops[Int(sequenceStart[s])]
            switch op.kind {
            case .exact, .prefix:
                let start = Int(stringStart[Int(op.a)])
                guard start < Int(stringStart[Int(op.a) + 1]) else { return nil }
                var set = ByteSet.empty
                set.insert(bytes[start])
                return set
            case .alternatives:
                var set = ByteSet.empty
                for branch in Int(op.a)..<Int(op.a + op.b) {
                    guard let inner = starts(Int(lists[branch])) else { return nil }
                    set.formUnion(inner)
                }
                return set
            default:
                return nil
            }
        }
        return members.map { starts(Int($0)) ?? .all }
    }

    /// The byte a match of sequence `s` must begin with when its first instruction is an exact word or a non-empty
    /// beginning, else -1.
    private static func firstByte(_ s: Int, _ ops: UnsafeBufferPointer<Op>, _ sequenceStart: UnsafeBufferPointer<Int32>,
                                  _ sequenceLength: UnsafeBufferPointer<Int32>, _ bytes: StoredArray<UInt8>,
                                  _ stringStart: StoredArray<Int32>) -> Int16 {
        guard sequenceLength[s] > 0 else { return -1 }
        let op = ops[Int(sequenceStart[s])]
        guard op.kind == .exact || op.kind == .prefix else { return -1 }
        let start = Int(stringStart[Int(op.a)])
        return start < Int(stringStart[Int(op.a) + 1]) ? Int16(bytes[start]) : -1
    }

    /// `branchStarts` for every branch.
    private static func starts(_ lists: StoredArray<Int32>, _ ops: StoredArray<Op>, _ sequenceStart: StoredArray<Int32>,
                               _ sequenceLength: StoredArray<Int32>, _ wordsOnly: [UInt64], _ bytes: StoredArray<UInt8>,
                               _ stringStart: StoredArray<Int32>) -> [BranchStart] {
        // Over buffer pointers: a brain has tens of thousands of branches, and this runs on every load.
        [BranchStart](unsafeUninitializedCapacity: lists.count) { starts, count in
            lists.withUnsafeBufferPointer { lists in
                ops.withUnsafeBufferPointer { ops in
                    sequenceStart.withUnsafeBufferPointer { sequenceStart in
                        sequenceLength.withUnsafeBufferPointer { sequenceLength in
                            wordsOnly.withUnsafeBufferPointer { wordsOnly in
                                for k in 0..<lists.count {
                                    let s = Int(lists[k])
                                    let isWords = wordsOnly[s >> 6] & (1 << UInt64(s & 63)) != 0 && sequenceLength[s] > 0
                                    starts.initializeElement(at: k, to: isWords
                                        ? BranchStart(firstWord: ops[Int(sequenceStart[s])].a, isOneWord: sequenceLength[s] == 1,
                                                      firstByte: -1)
                                        : BranchStart(firstWord: -1, isOneWord: false,
                                                      firstByte: firstByte(s, ops, sequenceStart, sequenceLength, bytes, stringStart)))
                                }
                            }
                        }
                    }
                }
            }
            count = lists.count
        }
    }

    /// The number of concepts.
    var conceptCount: Int { conceptExactStart.count - 1 }

    /// `wordsOnly` for every sequence: one pass over the instructions (sequences lie one after another in `ops`).
    private static func wordsOnlyBits(_ ops: StoredArray<Op>, _ sequenceStart: StoredArray<Int32>,
                                      _ sequenceLength: StoredArray<Int32>) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: (sequenceStart.count + 63) / 64)
        for s in sequenceStart.indices {
            var i = Int(sequenceStart[s])
            let end = i + Int(sequenceLength[s])
            while i < end, ops[i].kind == .token { i += 1 }
            if i == end { bits[s >> 6] |= 1 << UInt64(s & 63) }
        }
        return bits
    }

    convenience init(patterns: [CompiledPattern], concepts: [CompiledConcept], vocabularySize: Int) {
        var builder = Builder(vocabularySize: vocabularySize, concepts: concepts)
        builder.add(patterns: patterns)
        let keys = builder.membersByStart.keys.sorted()
        // The tables derived from these parts are made in one place, the initialiser the load cache uses too.
        self.init(ops: StoredArray(builder.ops), sequenceStart: StoredArray(builder.sequenceStart),
                  sequenceLength: StoredArray(builder.sequenceLength), lists: StoredArray(builder.lists),
                  bytes: StoredArray(builder.bytes), patternSequence: StoredArray(builder.patternSequence),
                  conceptSingles: StoredArray(builder.conceptSingles), singleWords: builder.singleWords,
                  conceptExactStart: StoredArray(builder.conceptExactStart), conceptExacts: StoredArray(builder.conceptExacts),
                  conceptPrefixStart: StoredArray(builder.conceptPrefixStart), conceptPrefixes: StoredArray(builder.conceptPrefixes),
                  conceptSequenceStart: StoredArray(builder.conceptSequenceStart),
                  conceptSequences: StoredArray(builder.conceptSequences), membersByStart: IntTable(keys),
                  members: PostingLists(keys.map { builder.membersByStart[$0]! }), vocabularySize: vocabularySize,
                  stringStart: StoredArray(builder.stringStart))
    }

    /// A program from its parts as `init(patterns:concepts:vocabularySize:)` built them (read back from the load cache,
    /// with the members' needs and second words it keeps too).
    init(ops: StoredArray<Op>, sequenceStart: StoredArray<Int32>, sequenceLength: StoredArray<Int32>, lists: StoredArray<Int32>,
         bytes: StoredArray<UInt8>, patternSequence: StoredArray<Int32>, conceptSingles: StoredArray<UInt64>, singleWords: Int,
         conceptExactStart: StoredArray<Int32>, conceptExacts: StoredArray<Int32>, conceptPrefixStart: StoredArray<Int32>,
         conceptPrefixes: StoredArray<Int32>, conceptSequenceStart: StoredArray<Int32>, conceptSequences: StoredArray<Int32>,
         membersByStart: IntTable, members: PostingLists, vocabularySize: Int, stringStart: StoredArray<Int32>,
         memberNeeds: MemberNeeds? = nil, secondWords: SecondWords? = nil) {
        (self.ops, self.sequenceStart, self.sequenceLength, self.lists, self.bytes) = (ops, sequenceStart, sequenceLength, lists, bytes)
        (self.patternSequence, self.conceptSingles, self.singleWords) = (patternSequence, conceptSingles, singleWords)
        (self.conceptExactStart, self.conceptExacts, self.conceptPrefixStart) = (conceptExactStart, conceptExacts, conceptPrefixStart)
        (self.conceptPrefixes, self.conceptSequenceStart, self.conceptSequences) = (conceptPrefixes, conceptSequenceStart, conceptSequences)
        (self.membersByStart, self.members, self.vocabularySize, self.stringStart) = (membersByStart, members, vocabularySize, stringStart)
        wordsOnly = Self.wordsOnlyBits(ops, sequenceStart, sequenceLength)
        branchStarts = Self.starts(lists, ops, sequenceStart, sequenceLength, wordsOnly, bytes, stringStart)
        memberStarts = Self.memberStarts(conceptSequences, ops, sequenceStart, sequenceLength, lists, bytes, stringStart)
        conceptWords = ConceptWords(exactStart: conceptExactStart, exacts: conceptExacts, prefixStart: conceptPrefixStart,
                                    prefixes: conceptPrefixes, bytes: bytes, stringStart: stringStart)
        self.memberNeeds = memberNeeds ?? MemberNeeds(byStart: members.items, anyStart: conceptSequences, ops: ops, sequenceStart: sequenceStart,
                                  sequenceLength: sequenceLength, lists: lists, wordsOnly: wordsOnly)
        self.secondWords = secondWords ?? SecondWords(byStart: members.items, anyStart: conceptSequences, ops: ops, sequenceStart: sequenceStart,
                                  sequenceLength: sequenceLength, lists: lists, bytes: bytes, stringStart: stringStart)
    }

    /// Lays out the instructions: concepts first, then patterns; nested sequences before the one holding them.
    private struct Builder {
        var ops: [Op] = []
        var sequenceStart: [Int32] = []
        var sequenceLength: [Int32] = []
        var lists: [Int32] = []
        var bytes: [UInt8] = []
        var patternSequence: [Int32] = []
        var conceptSingles: [UInt64]
        let singleWords: Int
        var conceptExactStart: [Int32] = [0]
        var conceptExacts: [Int32] = []
        var conceptPrefixStart: [Int32] = [0]
        var conceptPrefixes: [Int32] = []
        var conceptSequenceStart: [Int32] = [0]
        var conceptSequences: [Int32] = []
        var membersByStart: [Int: [Int32]] = [:]
        var stringStart: [Int32] = [0]
        var spans: SpanCalculator

        init(vocabularySize: Int, concepts: [CompiledConcept]) {
            singleWords = (vocabularySize + 63) / 64
            spans = SpanCalculator(concepts: concepts)
            var starts = StartWords(concepts: concepts)
            conceptSingles = [UInt64](repeating: 0, count: singleWords * concepts.count)
            for (c, concept) in concepts.enumerated() {
                for id in concept.singles { conceptSingles[c * singleWords + Int(id) >> 6] |= 1 << UInt64(id & 63) }
                // In byte order, so the string table is the same in every process.
                for word in concept.sortedExacts { conceptExacts.append(addString(word)) }
                conceptExactStart.append(Int32(conceptExacts.count))
                for prefix in concept.prefixes { conceptPrefixes.append(addString(prefix)) }
                conceptPrefixStart.append(Int32(conceptPrefixes.count))
                for member in concept.sequences {
                    let sequence = addSequence(member)
                    if let ids = starts.first(member)?.ids {
                        for id in ids { membersByStart[c * vocabularySize + Int(id), default: []].append(sequence) }
                    } else {
                        conceptSequences.append(sequence)
                    }
                }
                conceptSequenceStart.append(Int32(conceptSequences.count))
            }
        }

        mutating func add(patterns: [CompiledPattern]) {
            for pattern in patterns {
                let fits = spans.deepSpan(pattern.elements) <= PatternProgram.maxSpan
                patternSequence.append(fits ? addSequence(pattern.elements) : -1)
            }
        }

        /// Adds a byte string; returns its number.
        mutating func addString(_ string: [UInt8]) -> Int32 {
            bytes += string
            stringStart.append(Int32(bytes.count))
            return Int32(stringStart.count - 2)
        }

        /// Adds a sequence (its nested sequences first); returns its id.
        mutating func addSequence(_ elements: [CompiledElement]) -> Int32 {
            var sequenceOps: [Op] = []
            for element in elements {
                switch element {
                case .token(let id): sequenceOps.append(Op(kind: .token, a: id, b: 0))
                case .prefix(let p): sequenceOps.append(Op(kind: .prefix, a: addString(p), b: 0))
                case .exact(let w): sequenceOps.append(Op(kind: .exact, a: addString(w), b: 0))
                case .concept(let c): sequenceOps.append(Op(kind: .concept, a: Int32(c), b: 0))
                case .alternatives(let branches):
                    let ids = branches.map { addSequence($0) }
                    sequenceOps.append(Op(kind: .alternatives, a: Int32(lists.count), b: Int32(ids.count)))
                    lists += ids
                case .optional(let inner): sequenceOps.append(Op(kind: .optional, a: addSequence(inner), b: 0))
                case .gap(let n): sequenceOps.append(Op(kind: .gap, a: Int32(n), b: 0))
                case .not(let inner): sequenceOps.append(Op(kind: .not, a: addSequence([inner]), b: Int32(spans.span(inner))))
                case .start: sequenceOps.append(Op(kind: .start, a: 0, b: 0))
                case .end: sequenceOps.append(Op(kind: .end, a: 0, b: 0))
                }
            }
            sequenceStart.append(Int32(ops.count))
            sequenceLength.append(Int32(sequenceOps.count))
            ops += sequenceOps
            return Int32(sequenceStart.count - 1)
        }
    }
}
