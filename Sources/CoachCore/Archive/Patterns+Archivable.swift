// The pattern index, its flat program and the tables under them.

extension PostingLists: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.int32s(items)
        writer.int32s(ends)
    }
    /// Read in place; every list must lie in the items, after the list before it.
    init(from reader: inout ArchiveReader) throws {
        let items = try reader.storedInt32s()
        let ends = try reader.storedInt32s()
        let valid = ends.withUnsafeBufferPointer { ends in
            var last: Int32 = 0
            for end in ends {
                guard end >= last else { return false }
                last = end
            }
            return Int(last) <= items.count
        }
        guard valid else { throw ArchiveReader.Damaged() }
        self.init(items: items, ends: ends)
    }
}

extension IntTable: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.ints(slots)
        writer.int32s(ranks)
    }
    /// Read in place.
    init(from reader: inout ArchiveReader) throws {
        let slots = try reader.storedInts()
        let ranks = try reader.storedInt32s()
        guard slots.count == ranks.count, slots.count.nonzeroBitCount == 1 else { throw ArchiveReader.Damaged() }
        self.init(slots: slots, ranks: ranks)
    }
}

extension ByteTable: Archivable where Value == Int32 {
    func archive(into writer: inout ArchiveWriter) {
        writer.int32s(slots)
        writer.bytes(keyBytes)
        writer.int32s(keyEnds)
        writer.int32s(values)
    }
    init(from reader: inout ArchiveReader) throws {
        self.init()
        slots = try reader.int32s()
        keyBytes = try reader.bytes()
        keyEnds = try reader.int32s()
        values = try reader.int32s()
        guard slots.count.nonzeroBitCount == 1, keyEnds.count == values.count, slots.count > values.count,
              keyEnds.allSatisfy({ $0 >= 0 && Int($0) <= keyBytes.count }),
              slots.allSatisfy({ $0 >= 0 && Int($0) <= values.count }) else { throw ArchiveReader.Damaged() }
    }
}

extension Vocabulary: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        table.archive(into: &writer)
        writer.array(stems)
    }
    init(from reader: inout ArchiveReader) throws {
        self.init()
        table = try ByteTable(from: &reader)
        stems = try reader.array()
    }
}

extension KnownWords: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.bytes(bytes)
        writer.int32s(starts)
    }
    /// Read in place.
    init(from reader: inout ArchiveReader) throws {
        let bytes = try reader.storedBytes()
        let starts = try reader.storedInt32s()
        let count = Int32(clamping: bytes.count)
        guard starts.withUnsafeBufferPointer({ $0.allSatisfy { $0 >= 0 && $0 < count } }) else { throw ArchiveReader.Damaged() }
        self.init(bytes: bytes, starts: starts)
    }
}

extension Speller: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        byDeletion.archive(into: &writer)
        stemsByDeletion.archive(into: &writer)
        vocabulary.archive(into: &writer)
        knownWords.archive(into: &writer)
        quotedWords.archive(into: &writer)
    }
    init(from reader: inout ArchiveReader) throws {
        let byDeletion = try ByteTable<Int32>(from: &reader)
        let stemsByDeletion = try PostingLists(from: &reader)
        let vocabulary = try Vocabulary(from: &reader)
        self.init(byDeletion: byDeletion, stemsByDeletion: stemsByDeletion, vocabulary: vocabulary,
                  knownWords: try KnownWords(from: &reader), quotedWords: try KnownWords(from: &reader))
    }
}

extension CompiledElement: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        switch self {
        case .token(let id): writer.int(0); writer.int(Int(id))
        case .prefix(let bytes): writer.int(1); writer.bytes(bytes)
        case .exact(let bytes): writer.int(2); writer.bytes(bytes)
        case .concept(let id): writer.int(3); writer.int(id)
        case .alternatives(let branches): writer.int(4); writer.array(branches)
        case .optional(let inner): writer.int(5); writer.array(inner)
        case .gap(let words): writer.int(6); writer.int(words)
        case .not(let inner): writer.int(7); inner.archive(into: &writer)
        case .start: writer.int(8)
        case .end: writer.int(9)
        }
    }
    init(from reader: inout ArchiveReader) throws {
        switch try reader.int() {
        case 0: self = .token(try reader.int32())
        case 1: self = .prefix(try reader.bytes())
        case 2: self = .exact(try reader.bytes())
        case 3: self = .concept(try reader.int())
        case 4: self = .alternatives(try reader.array())
        case 5: self = .optional(try reader.array())
        case 6: self = .gap(try reader.int())
        case 7: self = .not(try CompiledElement(from: &reader))
        case 8: self = .start
        case 9: self = .end
        default: throw ArchiveReader.Damaged()
        }
    }
}

extension CompiledPattern {
    /// Writes the pattern; its element trees only when `withElements` (it runs on `BacktrackingRunner`).
    func archive(into writer: inout ArchiveWriter, withElements: Bool) {
        if withElements { writer.array(elements) }
        writer.string(source)
        location.archive(into: &writer)
        writer.bool(isKeyword)
    }
    init(from reader: inout ArchiveReader, withElements: Bool) throws {
        self.init(elements: withElements ? try reader.array() : [], source: try reader.string(),
                  location: try SourceLocation(from: &reader), isKeyword: try reader.bool())
    }
}

extension CompiledConcept: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.string(name)
        writer.array(Array(singles))
        writer.array(prefixes)
        writer.array(Array(exacts))
        writer.array(sequences)
        writer.array(Array(firstIDs))
        writer.array(firstPrefixes)
    }
    init(from reader: inout ArchiveReader) throws {
        self.init(name: try reader.string(), singles: Set(try reader.array(Int32.self)), prefixes: try reader.array(),
                  exacts: Set(try reader.array([UInt8].self)), sequences: try reader.array(),
                  firstIDs: Set(try reader.array(Int32.self)), firstPrefixes: try reader.array())
    }
}

extension PatternIndex {
    /// The program comes first: it tells which patterns run on `BacktrackingRunner`, the only ones whose element trees
    /// (and, when there are any, the concepts' trees) are written.
    func archive(into writer: inout ArchiveWriter) {
        program.archive(into: &writer)
        writer.int(patterns.count)
        for (id, pattern) in patterns.enumerated() { pattern.archive(into: &writer, withElements: program.patternSequence[id] < 0) }
        writer.array(needsBacktracking ? concepts : [])
        vocabulary.archive(into: &writer)
        for lists in [byFirstID, prefixStarts, prefixRequirements, prefixBuckets, patternRequirements, requirementsByID, owners] {
            lists.archive(into: &writer)
        }
        writer.array(prefixes)
        writer.int32s(shortPrefixes)
        writer.int(requirementCount)
        for heads in [firstIDHeads, prefixStartHeads] { writer.int32s(heads.flatMap { [$0.r0, $0.r1, $0.r2, $0.owner] }) }
    }

    convenience init(from reader: inout ArchiveReader) throws {
        let program = try PatternProgram(from: &reader)
        let count = try reader.count()
        guard count == program.patternSequence.count else { throw ArchiveReader.Damaged() }
        var patterns: [CompiledPattern] = []
        patterns.reserveCapacity(count)
        for id in 0..<count { patterns.append(try CompiledPattern(from: &reader, withElements: program.patternSequence[id] < 0)) }
        let concepts = try reader.array(CompiledConcept.self)
        guard concepts.isEmpty || concepts.count == program.conceptCount else { throw ArchiveReader.Damaged() }
        let vocabulary = try Vocabulary(from: &reader)
        var lists: [PostingLists] = []
        for _ in 0..<7 { lists.append(try PostingLists(from: &reader)) }
        let prefixes = try reader.array([UInt8].self)
        let shortPrefixes = try reader.int32s()
        let requirementCount = try reader.int(in: 0..<Int(Int32.max))
        let firstIDHeads = try Head.listed(from: &reader, alwaysMet: Int32(requirementCount))
        let prefixStartHeads = try Head.listed(from: &reader, alwaysMet: Int32(requirementCount))
        func all(_ items: StoredArray<Int32>, _ valid: (Int32) -> Bool) -> Bool {
            items.withUnsafeBufferPointer { $0.allSatisfy(valid) }
        }
        let patternCount = Int32(patterns.count)
        guard lists[6].ends.count == patterns.count, all(lists[6].items, { $0 >= 0 }),
              all(lists[0].items, { $0 >= 0 && $0 < patternCount }), all(lists[1].items, { $0 >= 0 && $0 < patternCount }),
              firstIDHeads.count == lists[0].items.count, prefixStartHeads.count == lists[1].items.count
        else { throw ArchiveReader.Damaged() }
        self.init(patterns: patterns, concepts: concepts, vocabulary: vocabulary, program: program, byFirstID: lists[0],
                  prefixes: prefixes, prefixStarts: lists[1], prefixRequirements: lists[2], shortPrefixes: shortPrefixes,
                  prefixBuckets: lists[3], requirementCount: requirementCount, patternRequirements: lists[4],
                  requirementsByID: lists[5], owners: lists[6], firstIDHeads: firstIDHeads, prefixStartHeads: prefixStartHeads)
    }
}

extension PatternProgram {
    func archive(into writer: inout ArchiveWriter) {
        writer.int32s(ops.flatMap { [Int32($0.kind.rawValue), $0.a, $0.b] })
        for array in [sequenceStart, sequenceLength, lists, patternSequence, conceptExactStart, conceptExacts,
                      conceptPrefixStart, conceptPrefixes, conceptSequenceStart, conceptSequences, stringStart] {
            writer.int32s(array)
        }
        writer.bytes(bytes)
        writer.uint64s(conceptSingles)
        writer.int(singleWords)
        membersByStart.archive(into: &writer)
        members.archive(into: &writer)
        writer.int(vocabularySize)
        for lists in [memberNeeds.byStart, memberNeeds.anyStart, secondWords.byStart, secondWords.anyStart] {
            lists.archive(into: &writer)
        }
    }

    convenience init(from reader: inout ArchiveReader) throws {
        let ops = try Op.stored(from: &reader)
        var arrays: [StoredArray<Int32>] = []
        for _ in 0..<11 { arrays.append(try reader.storedInt32s()) }
        let bytes = try reader.storedBytes()
        let conceptSingles = try reader.storedUInt64s()
        let singleWords = try reader.int()
        let membersByStart = try IntTable(from: &reader)
        let members = try PostingLists(from: &reader)
        let vocabularySize = try reader.int()
        // The members' needs (vocabulary ids) and second words, a list for each member by start and each other member.
        var derived: [PostingLists] = []
        for _ in 0..<4 { derived.append(try PostingLists(from: &reader)) }
        let memberCounts = [members.items.count, arrays[9].count]
        guard derived.map(\.ends.count) == memberCounts + memberCounts,
              derived[0...1].allSatisfy({ $0.items.withUnsafeBufferPointer { $0.allSatisfy { $0 >= 0 } } })
        else { throw ArchiveReader.Damaged() }
        self.init(ops: ops, sequenceStart: arrays[0], sequenceLength: arrays[1], lists: arrays[2], bytes: bytes,
                  patternSequence: arrays[3], conceptSingles: conceptSingles, singleWords: singleWords,
                  conceptExactStart: arrays[4], conceptExacts: arrays[5], conceptPrefixStart: arrays[6],
                  conceptPrefixes: arrays[7], conceptSequenceStart: arrays[8], conceptSequences: arrays[9],
                  membersByStart: membersByStart, members: members, vocabularySize: vocabularySize, stringStart: arrays[10],
                  memberNeeds: MemberNeeds(byStartLists: derived[0], anyStartLists: derived[1]),
                  secondWords: SecondWords(byStartLists: derived[2], anyStartLists: derived[3]))
    }
}

extension PatternIndex.Head {
    /// Whether a head lies in memory as its four words in order, as the load cache writes it (then read in place).
    static let isFourWords = MemoryLayout<Self>.stride == 16 && MemoryLayout<Self>.offset(of: \.r0) == 0
        && MemoryLayout<Self>.offset(of: \.r1) == 4 && MemoryLayout<Self>.offset(of: \.r2) == 8
        && MemoryLayout<Self>.offset(of: \.owner) == 12

    /// A candidate list's heads (`PatternIndex.firstIDHeads`), read in place: the candidate filter reads the met mark of
    /// each requirement number without a bounds check, so each must be a requirement's or `alwaysMet` (`r2` may be -2).
    static func listed(from reader: inout ArchiveReader, alwaysMet: Int32) throws -> StoredArray<Self> {
        try reader.storedRecords(words: 4, layoutMatches: isFourWords, valid: { words in
            var k = 0
            var valid = true
            while k + 3 < words.count {
                let (r0, r1, r2) = (words[k], words[k + 1], words[k + 2])
                // A requirement number read as unsigned is at most `alwaysMet` (a negative one reads as huge).
                valid = valid && UInt32(bitPattern: r0) <= UInt32(alwaysMet) && UInt32(bitPattern: r1) <= UInt32(alwaysMet)
                    && (r2 == -2 || UInt32(bitPattern: r2) <= UInt32(alwaysMet))
                k += 4
            }
            return valid
        }, make: { words in
            let k = words.startIndex
            return Self(r0: words[k], r1: words[k + 1], r2: words[k + 2], owner: words[k + 3])
        })
    }
}

extension PatternProgram.Op {
    /// Whether an instruction lies in memory as the three words the load cache writes (its kind's raw value in the first
    /// word's low byte, then `a`, then `b`), so the vetted words are read in place as instructions.
    static let isThreeWords = MemoryLayout<Self>.stride == 12 && MemoryLayout<Self>.offset(of: \.kind) == 0
        && MemoryLayout<Self>.offset(of: \.a) == 4 && MemoryLayout<Self>.offset(of: \.b) == 8
        && MemoryLayout<PatternProgram.Kind>.size == 1
        && PatternProgram.Kind.allCases.allSatisfy { kind in withUnsafeBytes(of: kind) { $0[0] } == kind.rawValue }

    /// The program's instructions, read in place: each kind must be one of `Kind`'s.
    static func stored(from reader: inout ArchiveReader) throws -> StoredArray<Self> {
        let kinds = UInt32(PatternProgram.Kind.allCases.count)
        return try reader.storedRecords(words: 3, layoutMatches: isThreeWords, valid: { words in
            var k = 0
            var valid = true
            while k + 2 < words.count {
                valid = valid && UInt32(bitPattern: words[k]) < kinds
                k += 3
            }
            return valid
        }, make: { words in
            let k = words.startIndex
            // Vetted: every kind is one of `Kind`'s.
            return Self(kind: PatternProgram.Kind(rawValue: UInt8(words[k]))!, a: words[k + 1], b: words[k + 2])
        })
    }
}
