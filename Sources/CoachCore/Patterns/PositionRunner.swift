/// Matches compiled patterns against one message over the flat instructions of a `PatternProgram`.
///
/// Instead of trying one path at a time, it carries the set of positions a sequence can have reached
/// so far, as the bits of one `UInt64` counted from where the match starts: each instruction maps that
/// set to the next one, and the longest match is the highest bit left at the end. This is what
/// `BacktrackingRunner` computes (every element acts on each position alone), without closures or
/// recursion per path. A match never crosses a sentence; concept matches are remembered per position.
struct PositionRunner {
    let program: PatternProgram
    let message: TokenView
    /// `conceptRow`: per concept, where its row of remembered matches starts in `conceptCache` (-1: none yet).
    /// `conceptCache`: bit `n` set: the concept matches `n` words at that position; bit 0: the entry is known. Rows are
    /// handed out in order (`rowsUsed`) from entries made unknown (0) in advance.
    /// `present`: bit `id` set when word `id` is somewhere in the message (for `PatternProgram.memberNeeds`).
    private var memory: RunnerMemory
    private var rowsUsed = 0

    /// A runner for `message` that works in `memory`'s arrays until `giveBack(to:)` (a workspace's, from message to
    /// message: nothing is allocated for them).
    init(program: PatternProgram, message: TokenView, memory: inout RunnerMemory) {
        self.program = program
        self.message = message
        var taken = RunnerMemory()
        swap(&taken, &memory)
        taken.prepare(concepts: program.conceptCount, vocabulary: program.vocabularySize, words: message.count)
        for id in message.ids where id >= 0 { taken.present[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        self.memory = taken
    }

    /// Clears what this message wrote and hands the arrays back, for the next message's runner.
    mutating func giveBack(to memory: inout RunnerMemory) {
        self.memory.clear(entries: rowsUsed * message.count, words: message.ids)
        swap(&self.memory, &memory)
    }

    /// The end of the longest match of the pattern whose sequence is `sequence`, starting at word `start`, or nil.
    mutating func longestMatch(sequence: Int32, at start: Int) -> Int? {
        let ends: UInt64
        let first = Int(program.sequenceStart[Int(sequence)])
        if program.sequenceLength[Int(sequence)] == 1, program.ops[first].kind == .concept {
            // A pattern that is one concept (`~weapon`, shared by many intents): its remembered lengths, without a `run`.
            ends = conceptLengths(Int(program.ops[first].a), at: start) & ~1
        } else {
            ends = nested(Int(sequence), base: start, 1, topLevel: true)
        }
        guard ends != 0 else { return nil }
        return start + 63 - ends.leadingZeroBitCount
    }

    /// The positions (bits, relative to `base`) that `sequence` reaches from the positions `set`.
    private mutating func run(_ sequence: Int, base: Int, _ set: UInt64, topLevel: Bool) -> UInt64 {
        var set = set
        let first = Int(program.sequenceStart[sequence])
        let end = first + Int(program.sequenceLength[sequence])
        let sentenceEnd = Int(message.sentenceEnd[base])
        var i = first
        while i < end {
            if set == 0 { return 0 }
            let op = program.ops[i]
            var next: UInt64 = 0
            switch op.kind {
            case .token:
                next = word(op.a, base: base, set, sentenceEnd: sentenceEnd)
            case .prefix, .exact:
                let string = self.string(op.a)
                var bits = set
                while bits != 0 {
                    let k = bits.trailingZeroBitCount
                    bits &= bits - 1
                    let p = base + k
                    guard p < sentenceEnd else { continue }
                    let word = message.word(p)
                    let hit = op.kind == .prefix ? WordBeginning.matches(word, string) : word.elementsEqual(string)
                    if hit { next |= 1 << UInt64(k + 1) }
                }
            case .concept:
                var bits = set
                while bits != 0 {
                    let k = bits.trailingZeroBitCount
                    bits &= bits - 1
                    let p = base + k
                    guard p < sentenceEnd else { continue }
                    next |= (conceptLengths(Int(op.a), at: p) & ~1) << UInt64(k)
                }
            case .alternatives:
                // From one position (most often), a branch of words only that starts with another word cannot match, nor
                // one that starts with an exact word or a beginning whose first byte is not the word's.
                let single = set & (set &- 1) == 0
                let p = base + set.trailingZeroBitCount
                let inSentence = p < sentenceEnd
                let here: Int32 = inSentence ? message.ids[p] : -2
                let hereByte: Int16 = inSentence ? message.firstByte(p) : -2
                for branch in Int(op.a)..<Int(op.a + op.b) {
                    let start = program.branchStarts[branch]
                    if single, start.firstWord >= 0 {
                        if start.firstWord != here { continue }
                        if start.isOneWord {
                            next |= set << 1  // the word is here: the branch ends just after it
                            continue
                        }
                    } else if single, start.firstByte >= 0, start.firstByte != hereByte {
                        continue
                    }
                    next |= nested(Int(program.lists[branch]), base: base, set, topLevel: false)
                }
            case .optional:
                next = set | nested(Int(op.a), base: base, set, topLevel: false)
            case .gap:
                var bits = set
                while bits != 0 {
                    let k = bits.trailingZeroBitCount
                    bits &= bits - 1
                    next |= 1 << UInt64(k)
                    var skip = 1
                    while skip <= Int(op.a) {
                        let skipped = base + k + skip - 1
                        if skipped >= sentenceEnd || message.isNegation(skipped) { break }
                        next |= 1 << UInt64(k + skip)
                        skip += 1
                    }
                }
            case .start:
                next = base == 0 ? set & 1 : 0
            case .end:
                let offset = sentenceEnd - base
                next = offset >= 0 && offset < 64 ? set & (1 << UInt64(offset)) : 0
            case .not:
                next = set
                var bits = set
                while bits != 0 {
                    let k = bits.trailingZeroBitCount
                    bits &= bits - 1
                    let p = base + k
                    // First in a pattern: what comes just before the match; elsewhere: what comes here.
                    let excluded = topLevel && i == first
                        ? endsAt(Int(op.a), span: Int(op.b), p, sentenceEnd: sentenceEnd)
                        : p < sentenceEnd && run(Int(op.a), base: p, 1, topLevel: false) != 0
                    if excluded { next &= ~(1 << UInt64(k)) }
                }
            }
            set = next
            i += 1
        }
        return set
    }

    /// `run`, for a sequence inside another or a pattern's: a sequence of words only (most alternatives, `[is|was]`, and
    /// most phrases) is matched here, without a call of `run` and its set-up.
    @inline(__always)
    private mutating func nested(_ sequence: Int, base: Int, _ set: UInt64, topLevel: Bool) -> UInt64 {
        guard program.isWordsOnly(sequence) else { return run(sequence, base: base, set, topLevel: topLevel) }
        let sentenceEnd = Int(message.sentenceEnd[base])
        var set = set
        let first = Int(program.sequenceStart[sequence])
        for i in first..<first + Int(program.sequenceLength[sequence]) {
            if set == 0 { return 0 }
            set = word(program.ops[i].a, base: base, set, sentenceEnd: sentenceEnd)
        }
        return set
    }

    /// The positions (bits, relative to `base`) just after word `id` when it comes at one of the positions `set`.
    @inline(__always)
    private func word(_ id: Int32, base: Int, _ set: UInt64, sentenceEnd: Int) -> UInt64 {
        var next: UInt64 = 0
        var bits = set
        while bits != 0 {
            let k = bits.trailingZeroBitCount
            bits &= bits - 1
            let p = base + k
            if p < sentenceEnd, message.ids[p] == id { next |= 1 << UInt64(k + 1) }
        }
        return next
    }

    /// Whether a match of `sequence` (covering at most `span` words) ends just before `position`, in its sentence.
    private mutating func endsAt(_ sequence: Int, span: Int, _ position: Int, sentenceEnd: Int) -> Bool {
        var start = position - 1
        while start >= max(0, position - span), message.sentenceEnd[start] == sentenceEnd {
            if run(sequence, base: start, 1, topLevel: false) & (1 << UInt64(position - start)) != 0 { return true }
            start -= 1
        }
        return false
    }

    /// The lengths (bit `n`: `n` words) of the concept's matches at `position`, with bit 0 set.
    private mutating func conceptLengths(_ c: Int, at position: Int) -> UInt64 {
        var row = memory.conceptRow[c]
        if row < 0 {
            row = Int32(rowsUsed * message.count)
            memory.conceptRow[c] = row
            memory.rowsGiven.append(Int32(c))
            rowsUsed += 1
            if rowsUsed * message.count > memory.conceptCache.count {
                memory.conceptCache.append(contentsOf: repeatElement(0, count: message.count * 16))
            }
        }
        let known = memory.conceptCache[Int(row) + position]
        if known != 0 { return known }
        var lengths: UInt64 = 1
        let id = message.ids[position]
        if id >= 0, program.conceptSingles[c * program.singleWords + Int(id) >> 6] & (1 << UInt64(id & 63)) != 0 {
            lengths |= 2
        } else if let first = message.word(position).first {
            // Only the exact words and beginnings that begin with the word's first byte can be it or begin it.
            let word = message.word(position)
            let words = program.conceptWords.lists.items
            for k in program.conceptWords.range(c, first) {
                let n = words[k]
                if n >= 0 ? word.elementsEqual(string(n)) : WordBeginning.matches(word, string(~n)) {
                    lengths |= 2
                    break
                }
            }
        } else {
            let word = message.word(position)
            let first = word.first
            for k in Int(program.conceptExactStart[c])..<Int(program.conceptExactStart[c + 1])
            where mayBegin(program.conceptExacts[k], first) && word.elementsEqual(string(program.conceptExacts[k])) {
                lengths |= 2
                break
            }
            if lengths == 1 {
                for k in Int(program.conceptPrefixStart[c])..<Int(program.conceptPrefixStart[c + 1])
                where mayBegin(program.conceptPrefixes[k], first) && WordBeginning.matches(word, string(program.conceptPrefixes[k])) {
                    lengths |= 2
                    break
                }
            }
        }
        // A member is a pattern of its own: a leading `!x` looks before it. Only members that can start
        // with this word are tried (a match of none other can start here).
        let firstByte = message.word(position).first ?? 0  // no member begins with 0: an empty word meets only `.all`
        // The word after this one, for `SecondWords` (none past the sentence: a member of two words or more fails there).
        let next = position + 1
        let hasNext = next < Int(message.sentenceEnd[position])
        let nextID: Int32 = hasNext ? message.ids[next] : -2
        let nextByte: Int16 = hasNext ? message.firstByte(next) : -2
        for k in Int(program.conceptSequenceStart[c])..<Int(program.conceptSequenceStart[c + 1]) {
            if !program.memberStarts[k].contains(firstByte) { continue }
            if !SecondWords.allows(program.secondWords.anyStart, k, id: nextID, firstByte: nextByte) { continue }
            if !anyPresent(program.memberNeeds.anyStart, k) { continue }
            lengths |= nested(Int(program.conceptSequences[k]), base: position, 1, topLevel: true) & ~1
        }
        if id >= 0 {
            let list = program.membersByStart.rank(c * program.vocabularySize + Int(id))
            if list >= 0 {
                for k in program.members.range(list)
                where SecondWords.allows(program.secondWords.byStart, k, id: nextID, firstByte: nextByte)
                    && anyPresent(program.memberNeeds.byStart, k) {
                    lengths |= nested(Int(program.members.items[k]), base: position, 1, topLevel: true) & ~1
                }
            }
        }
        memory.conceptCache[Int(row) + position] = lengths
        return lengths
    }

    /// Whether list `k` of `needs` is empty or has a word that is somewhere in the message.
    @inline(__always)
    private func anyPresent(_ needs: PostingLists, _ k: Int) -> Bool {
        let range = needs.range(k)
        if range.isEmpty { return true }
        for i in range {
            let id = needs.items[i]
            if memory.present[Int(id) >> 6] & (1 << UInt64(id & 63)) != 0 { return true }
        }
        return false
    }

    /// Whether byte string `n` can begin (or be) a word whose first byte is `first` (nil: an empty word): every
    /// non-empty beginning keeps its first byte, so this rules out most words before they are compared.
    @inline(__always)
    private func mayBegin(_ n: Int32, _ first: UInt8?) -> Bool {
        let start = Int(program.stringStart[Int(n)])
        guard start < Int(program.stringStart[Int(n) + 1]) else { return true }
        return first == program.bytes[start]
    }

    @inline(__always)
    private func string(_ n: Int32) -> Slice<StoredArray<UInt8>> {
        program.bytes[Int(program.stringStart[Int(n)])..<Int(program.stringStart[Int(n) + 1])]
    }
}
