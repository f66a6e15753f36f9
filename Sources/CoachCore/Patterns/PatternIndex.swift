/// Every keyword, pattern and exclusion of a script, indexed by the words that can start it, so a
/// message is scanned once: each word looks up the patterns it can start, whatever the script's size.
final class PatternIndex: Sendable {
    let patterns: [CompiledPattern]
    /// The concepts as element trees, for `BacktrackingRunner`; a brain read back from the load cache has them only
    /// when some pattern runs there.
    let concepts: [CompiledConcept]
    let vocabulary: Vocabulary
    /// The patterns and concepts as flat instructions.
    let program: PatternProgram
    /// Pattern ids by the id of a word that can start them.
    let byFirstID: PostingLists
    /// Every word beginning that can start a pattern or meet a requirement, with what it starts and meets.
    let prefixes: [[UInt8]]
    let prefixStarts: PostingLists
    let prefixRequirements: PostingLists
    /// Beginnings shorter than three bytes (digits: `19*`), in the order first used.
    let shortPrefixes: [Int32]
    /// `shortPrefixes` by the first byte of the words they can begin, each list in `shortPrefixes`' order, so a word
    /// is checked only against the short beginnings of its own first byte (derived from `shortPrefixes`, never stored).
    let shortPrefixesByFirstByte: PostingLists
    /// Longer beginnings by a hash of their first three bytes, each bucket in the order first used.
    let prefixBuckets: PostingLists
    static let prefixBucketCount = 1 << 10

    /// A word that must be in the message for a pattern to match: one of these ids, or a word with one of these beginnings.
    struct Requirement: Sendable {
        /// In increasing order.
        let ids: [Int32]
        let prefixes: [[UInt8]]
    }
    /// The number of distinct requirements (each is built once: patterns that need the same class share one check per message).
    let requirementCount: Int
    /// For each pattern, the ids of the requirements it cannot match without (one per mandatory element).
    let patternRequirements: PostingLists
    /// Requirement ids by the id of a word that meets them.
    let requirementsByID: PostingLists
    /// Whose evidence each pattern is, flat (`PatternOwner.code`): one owner, or several intents that share the
    /// pattern through `like:`.
    let owners: PostingLists
    /// The head of each pattern in `byFirstID.items` and `prefixStarts.items`, entry by entry: the candidate filter reads
    /// them in the lists' order rather than each pattern's head at random. In these, a missing requirement (-1) reads as
    /// `alwaysMet`, so the filter tests three requirements without asking which exist.
    let firstIDHeads: StoredArray<Head>
    let prefixStartHeads: StoredArray<Head>
    /// A requirement number past the real ones that every scan marks met (`Scan.met`).
    var alwaysMet: Int32 { Int32(requirementCount) }

    /// What the matcher asks first of each candidate pattern, in one 16-byte load: up to three of its requirements and
    /// its owner, when it has only one.
    struct Head: Sendable {
        /// Requirement ids, -1 for none; `r2` is -2 when the pattern has more (then `patternRequirements` holds them all).
        var r0: Int32 = -1, r1: Int32 = -1, r2: Int32 = -1
        /// The owner's `PatternOwner.code`, or -1 when there are several (then `owners` holds them).
        var owner: Int32 = -1
    }

    init(compiler: PatternCompiler, patterns: [CompiledPattern], owners patternOwners: [[PatternOwner]]) {
        self.concepts = compiler.concepts
        self.vocabulary = compiler.vocabulary
        self.patterns = patterns
        let vocabularySize = compiler.vocabulary.stems.count
        program = PatternProgram(patterns: patterns, concepts: compiler.concepts, vocabularySize: vocabularySize)
        var requirementIDs: [RequirementKey: Int32] = [:]
        var requirements: [Requirement] = []
        // A word or concept needed by many patterns is turned into its requirement once.
        var byToken: [Int32: Int32] = [:]
        var byConcept: [Int: Int32] = [:]
        func requirement(_ element: CompiledElement) -> Int32? {
            let first = compiler.firstSet([element])
            guard !first.nullable else { return nil }
            let key = RequirementKey(ids: first.ids, prefixes: first.prefixes)
            if let id = requirementIDs[key] { return id }
            requirementIDs[key] = Int32(requirements.count)
            requirements.append(Requirement(ids: first.ids.sorted(), prefixes: first.prefixes))
            return Int32(requirements.count - 1)
        }
        let needs = patterns.map { pattern in
            pattern.elements.compactMap { element -> Int32? in
                switch element {
                case .optional, .gap, .not, .start, .end: return nil
                case .token(let id):
                    if let known = byToken[id] { return known }
                    let found = requirement(element)
                    byToken[id] = found
                    return found
                case .concept(let c):
                    if let known = byConcept[c] { return known }
                    let found = requirement(element)
                    byConcept[c] = found
                    return found
                default:
                    return requirement(element)
                }
            }
        }
        requirementCount = requirements.count
        patternRequirements = PostingLists(needs)
        owners = PostingLists(patternOwners.map { $0.map(\.code) })
        var heads: [Head] = []
        heads.reserveCapacity(patterns.count)
        for (id, need) in needs.enumerated() {
            var head = Head()
            // The first requirement is usually the word that made the pattern a candidate: test it last.
            func nth(_ k: Int) -> Int32 { need.count > 1 ? need[(k + 1) % need.count] : need[k] }
            if need.count > 0 { head.r0 = nth(0) }
            if need.count > 1 { head.r1 = nth(1) }
            if need.count > 2 { head.r2 = need.count > 3 ? -2 : nth(2) }
            if patternOwners[id].count == 1 { head.owner = patternOwners[id][0].code }
            heads.append(head)
        }

        var startsByID = [[Int32]](repeating: [], count: vocabularySize)
        var prefixIDs: [[UInt8]: Int] = [:]
        var starts: [[Int32]] = []
        var meets: [[Int32]] = []
        var buckets = [[Int32]](repeating: [], count: Self.prefixBucketCount)
        var shortPrefixes: [Int32] = []
        var prefixes: [[UInt8]] = []
        func prefixID(_ prefix: [UInt8]) -> Int {
            if let id = prefixIDs[prefix] { return id }
            let id = prefixes.count
            prefixIDs[prefix] = id
            prefixes.append(prefix)
            starts.append([])
            meets.append([])
            if prefix.count < 3 { shortPrefixes.append(Int32(id)) } else { buckets[Self.bucket(prefix[...])].append(Int32(id)) }
            return id
        }
        // Most patterns start with a word or a concept: a concept's start set is gathered once, not per pattern.
        var conceptStarts: [Int: (ids: [Int32], prefixes: [[UInt8]])] = [:]
        func startSet(_ elements: [CompiledElement]) -> (ids: [Int32], prefixes: [[UInt8]]) {
            switch elements.first {
            case .token(let id)?: return ([id], [])
            case .concept(let c)?:
                if let known = conceptStarts[c] { return known }
                let first = compiler.firstSet([elements[0]])
                conceptStarts[c] = (Array(first.ids), first.prefixes)
                return conceptStarts[c]!
            default:
                let first = compiler.firstSet(elements)
                return (Array(first.ids), first.prefixes)
            }
        }
        for (id, pattern) in patterns.enumerated() {
            let first = startSet(pattern.elements)
            for word in first.ids where startsByID[Int(word)].last != Int32(id) { startsByID[Int(word)].append(Int32(id)) }
            for prefix in first.prefixes {
                let p = prefixID(prefix)
                if starts[p].last != Int32(id) { starts[p].append(Int32(id)) }
            }
        }
        var requirementsByID = [[Int32]](repeating: [], count: vocabularySize)
        for (r, requirement) in requirements.enumerated() {
            for id in requirement.ids { requirementsByID[Int(id)].append(Int32(r)) }
            for prefix in requirement.prefixes {
                let p = prefixID(prefix)
                if meets[p].last != Int32(r) { meets[p].append(Int32(r)) }
            }
        }
        byFirstID = PostingLists(startsByID)
        self.requirementsByID = PostingLists(requirementsByID)
        self.prefixes = prefixes
        prefixStarts = PostingLists(starts)
        prefixRequirements = PostingLists(meets)
        prefixBuckets = PostingLists(buckets)
        self.shortPrefixes = shortPrefixes
        (firstIDHeads, prefixStartHeads) = Self.listHeads(byFirstID, prefixStarts, heads, alwaysMet: Int32(requirementCount))
        shortPrefixesByFirstByte = Self.byFirstByte(shortPrefixes, prefixes)
    }

    /// An index from its parts as `init(compiler:patterns:)` built them (read back from the load cache).
    init(patterns: [CompiledPattern], concepts: [CompiledConcept], vocabulary: Vocabulary, program: PatternProgram,
         byFirstID: PostingLists, prefixes: [[UInt8]], prefixStarts: PostingLists, prefixRequirements: PostingLists,
         shortPrefixes: [Int32], prefixBuckets: PostingLists, requirementCount: Int, patternRequirements: PostingLists,
         requirementsByID: PostingLists, owners: PostingLists, firstIDHeads: StoredArray<Head>,
         prefixStartHeads: StoredArray<Head>) {
        (self.patterns, self.concepts, self.vocabulary, self.program) = (patterns, concepts, vocabulary, program)
        (self.byFirstID, self.prefixes, self.prefixStarts, self.prefixRequirements) = (byFirstID, prefixes, prefixStarts, prefixRequirements)
        (self.shortPrefixes, self.prefixBuckets, self.requirementCount) = (shortPrefixes, prefixBuckets, requirementCount)
        (self.patternRequirements, self.requirementsByID, self.owners) = (patternRequirements, requirementsByID, owners)
        (self.firstIDHeads, self.prefixStartHeads) = (firstIDHeads, prefixStartHeads)
        shortPrefixesByFirstByte = Self.byFirstByte(shortPrefixes, prefixes)
    }

    /// `shortPrefixesByFirstByte`: list `b` holds, in order, the short beginnings a word starting with byte `b` can have.
    private static func byFirstByte(_ shortPrefixes: [Int32], _ prefixes: [[UInt8]]) -> PostingLists {
        var lists = [[Int32]](repeating: [], count: 256)
        for p in shortPrefixes {
            guard let first = prefixes[Int(p)].first else {
                for b in lists.indices { lists[b].append(p) }  // an empty beginning begins every word
                continue
            }
            lists[Int(first)].append(p)
        }
        return PostingLists(lists)
    }

    /// `firstIDHeads` and `prefixStartHeads`: the head of each entry of the two candidate lists, in the lists' order, with
    /// each missing requirement (-1) read as `alwaysMet`.
    private static func listHeads(_ byFirstID: PostingLists, _ prefixStarts: PostingLists, _ heads: [Head],
                                  alwaysMet: Int32) -> (StoredArray<Head>, StoredArray<Head>) {
        // Each pattern's head is made once (there are many more list entries than patterns), then copied per entry.
        let listed = heads.map { head in
            var head = head
            if head.r0 == -1 { head.r0 = alwaysMet }
            if head.r1 == -1 { head.r1 = alwaysMet }
            if head.r2 == -1 { head.r2 = alwaysMet }
            return head
        }
        return (StoredArray(byFirstID.items.map { listed[Int($0)] }), StoredArray(prefixStarts.items.map { listed[Int($0)] }))
    }

    var isEmpty: Bool { patterns.isEmpty }

    /// What a match of pattern `id` is evidence of, for traces (its fields read in place, not the pattern copied).
    func evidence(_ id: Int) -> MessageAnalysis.Hit.Source {
        patterns[id].isKeyword ? .keyword(patterns[id].source) : .pattern(patterns[id].location)
    }

    /// Whether some pattern may span more words than `PatternProgram` handles, so `BacktrackingRunner` runs it.
    var needsBacktracking: Bool { program.patternSequence.contains(-1) }

    /// The bucket of a word or beginning of 3+ bytes, by its first three bytes.
    static func bucket(_ bytes: ArraySlice<UInt8>) -> Int {
        let i = bytes.startIndex
        let key = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
        return Int((key &* 2_654_435_761) >> 22) & (prefixBucketCount - 1)
    }

    /// What one scan of a message found: which beginnings each word has; and, as `candidates` reads the message sentence
    /// by sentence, which requirements the words read so far meet. A matcher keeps one (`MatchWorkspace.scan`) and scans
    /// message after message into its arrays.
    struct Scan {
        /// The beginnings (ids into `prefixes`) of word `p`: `prefixHits.items[prefixHits.range(p)]`.
        var prefixHits = GrowingLists()
        /// Entry `r` is `Scan.mark(stamp, at: p)` for the last word `p` read so far that meets requirement `r`; entry
        /// `alwaysMet` is the largest mark of the message. While the words read end with the sentence of word `p`, a
        /// requirement is met in that sentence at or after `p` exactly when its entry is at least `mark(stamp, at: p)`:
        /// earlier sentences' marks are smaller, and the stamp is the high byte, so what an earlier message stored is
        /// smaller still and nothing is cleared between messages but every 255th. One load and one compare per test: the
        /// candidate filter tests two or three for each of hundreds of list entries a message.
        var met: [UInt16] = []
        /// This message's mark in `met`, never 0.
        var stamp: UInt8 = 0

        /// The entry of `met` for the message stamped `stamp` at word `position` (words past the 254th share one).
        @inline(__always)
        static func mark(_ stamp: UInt8, at position: Int) -> UInt16 { UInt16(stamp) << 8 | UInt16(min(position + 1, 255)) }
    }

    /// Finds each word's beginnings, in one pass over its words, into the arrays of an earlier message's scan.
    func scan(_ message: TokenView, into scan: inout Scan) {
        scan.prefixHits.removeAll()
        for position in 0..<message.count {
            let word = message.word(position)
            if let first = word.first {
                for k in shortPrefixesByFirstByte.range(Int(first)) {
                    let p = shortPrefixesByFirstByte.items[k]
                    if WordBeginning.matches(word, prefixes[Int(p)]) { scan.prefixHits.append(p) }
                }
            } else {
                for p in shortPrefixes where prefixes[Int(p)].isEmpty { scan.prefixHits.append(p) }
            }
            if word.count >= 3 {
                for k in prefixBuckets.range(Self.bucket(word)) {
                    let p = prefixBuckets.items[k]
                    if WordBeginning.matches(word, prefixes[Int(p)]) { scan.prefixHits.append(p) }
                }
            }
            scan.prefixHits.endList()
        }
    }

    /// Starts marking a message's requirements in `scan.met`: a new stamp, and `alwaysMet` met.
    private func beginMarks(_ scan: inout Scan) {
        scan.stamp &+= 1
        if scan.met.count != requirementCount + 1 || scan.stamp == 0 {
            scan.met = [UInt16](repeating: 0, count: requirementCount + 1)
            scan.stamp = 1
        }
        scan.met[requirementCount] = UInt16(scan.stamp) << 8 | 0xFF
    }

    /// Marks in `met` (`Scan.met`, stamped `stamp`) the requirements the words `words` meet, by id and by beginning
    /// (`hits`, `Scan.prefixHits`), in order: each requirement's entry ends as the mark of the last of them that meets it.
    private func markRequirements(_ message: TokenView, _ words: Range<Int>, _ hits: GrowingLists, _ stamp: UInt8,
                                  _ met: UnsafeMutableBufferPointer<UInt16>) {
        for position in words {
            let mark = Scan.mark(stamp, at: position)
            let id = message.ids[position]
            if id >= 0 { Self.mark(requirementsByID, Int(id), mark, in: met) }
            for k in hits.range(position) { Self.mark(prefixRequirements, Int(hits.items[k]), mark, in: met) }
        }
    }

    /// Marks met (with `mark`, `Scan.mark`) every requirement in list `list` of `requirements` (every one is below
    /// `met`'s count).
    @inline(__always)
    private static func mark(_ requirements: PostingLists, _ list: Int, _ mark: UInt16, in met: UnsafeMutableBufferPointer<UInt16>) {
        let range = requirements.range(list)
        requirements.items.withUnsafeBufferPointer { items in
            var k = range.lowerBound
            while k < range.upperBound {
                met[Int(items[k])] = mark
                k += 1
            }
        }
    }

    /// A pattern that may match from a word, as `candidates` lists it.
    struct Candidate {
        let pattern: Int32
        let start: Int32
        /// The pattern's `Head.owner`: its owner's code, or -1 when it has several.
        let owner: Int32
    }

    /// Writes at the front of `list` every pattern that can start at each word of the message and whose required words
    /// all come at or after that word in its sentence (no match crosses a sentence), in order of position (a pattern once
    /// per position), and returns how many. `scan` holds the message's beginnings (`scan(_:into:)`); its requirements are
    /// marked here, a sentence before its words are read. Nothing here grows with the script: one list holds no pattern
    /// twice, so only words with several lists need to remember what they listed (in `visited`).
    ///
    /// `list` is room, kept from message to message (`MatchWorkspace.candidates`): it is made as long as every entry of
    /// the message's lists when it is shorter, and what lies past the candidates written means nothing. The candidates
    /// are written in place: not appended one by one (each append asks whether the array is shared), nor written
    /// elsewhere and copied (a message's entries outgrow the stack).
    func candidates(_ message: TokenView, _ scan: inout Scan, _ visited: inout PatternMarks,
                    into list: inout [Candidate]) -> Int {
        visited.begin(largest: message.count)
        var room = 0
        for position in 0..<message.count {
            let id = message.ids[position]
            if id >= 0 { room += byFirstID.range(Int(id)).count }
            for k in scan.prefixHits.range(position) { room += prefixStarts.range(Int(scan.prefixHits.items[k])).count }
        }
        // A message far longer than most gives back the room it took beyond theirs.
        if list.count > Self.keptRoom, room <= Self.keptRoom { list = [] }
        if list.count < room { list += repeatElement(Candidate(pattern: -1, start: -1, owner: -1), count: room - list.count) }
        beginMarks(&scan)
        let hits = scan.prefixHits, stamp = scan.stamp
        return scan.met.withUnsafeMutableBufferPointer { met in
            visited.withView { visited in
                list.withUnsafeMutableBufferPointer { found in
                    var count = 0
                    for position in 0..<message.count {
                        // At a sentence's first word, its words' requirements: the marks then end in this sentence.
                        if position == 0 || message.sentenceEnd[position - 1] == Int32(position) {
                            markRequirements(message, position..<Int(message.sentenceEnd[position]), hits, stamp, met)
                        }
                        let id = message.ids[position]
                        let byID = id >= 0 ? byFirstID.range(Int(id)) : 0..<0
                        let prefixes = hits.range(position)
                        let single = prefixes.isEmpty || (byID.isEmpty && prefixes.count == 1)
                        let mark: Int32? = single ? nil : Int32(position + 1)
                        let least = Scan.mark(stamp, at: position)
                        collect(byFirstID.items, firstIDHeads, byID, at: position, UnsafeBufferPointer(met), least, mark: mark,
                                visited, found, &count)
                        for k in prefixes {
                            let starts = prefixStarts.range(Int(hits.items[k]))
                            collect(prefixStarts.items, prefixStartHeads, starts, at: position, UnsafeBufferPointer(met), least,
                                    mark: mark, visited, found, &count)
                        }
                    }
                    return count
                }
            }
        }
    }

    /// The most candidate room (`candidates(_:_:_:into:)`) kept after a message that needs less: 1,117 entries a message
    /// on average for the built-in dialogues' mix.
    static let keptRoom = 1 << 15

    /// Writes to `found` from `count` on each pattern of `items[range]` (its head at the same place in `heads`) that may
    /// match from word `position`: every word it needs is in its sentence at or after that word (a cheap test before
    /// matching: a match's elements come one after another from its start word on and never cross the sentence, each
    /// requirement is the first set of one of them, and an element's words hold a word of its first set). With a
    /// `mark` (a word with several lists), patterns listed at this position already carry it and are skipped, and those
    /// added are given it; a pattern left out is left out again wherever it comes back. `met` is `Scan.met` with the
    /// words up to the end of this one's sentence marked, `least` is `Scan.mark` of this word. `found` has room for every
    /// entry.
    @inline(__always)
    private func collect(_ items: StoredArray<Int32>, _ heads: StoredArray<Head>, _ range: Range<Int>, at position: Int,
                         _ met: UnsafeBufferPointer<UInt16>, _ least: UInt16, mark: Int32?, _ visited: PatternMarks.View,
                         _ found: UnsafeMutableBufferPointer<Candidate>, _ count: inout Int) {
        // `heads` is parallel to `items` (`listHeads`), `range` is one of the lists' own, and every requirement number in
        // a list head is below `alwaysMet` or is it: reads without bounds checks.
        guard !range.isEmpty else { return }
        items.withUnsafeBufferPointer { items in
            heads.withUnsafeBufferPointer { heads in
                let met = met.baseAddress!  // never empty: it has `alwaysMet`
                @inline(__always) func isMet(_ r: Int32) -> Bool { met[Int(r)] >= least }
                // A pointer walks the heads (most are passed over at the first test): one add a step, where an index is
                // also scaled, and a `for` over `range` checks each index against the range again.
                let first = heads.baseAddress! + range.lowerBound, end = heads.baseAddress! + range.upperBound
                var next = first
                while next < end {
                    let at = next
                    next += 1
                    guard isMet(at.pointee.r0), isMet(at.pointee.r1) else { continue }
                    let head = at.pointee
                    let pattern = Int(items[range.lowerBound + (at - first)])
                    if head.r2 >= 0 {
                        guard isMet(head.r2) else { continue }
                    } else {
                        guard patternRequirements.items[patternRequirements.range(pattern)].allSatisfy(isMet) else { continue }
                    }
                    if let mark {
                        if visited[pattern] == mark { continue }
                        visited[pattern] = mark
                    }
                    found[count] = Candidate(pattern: Int32(pattern), start: Int32(position), owner: head.owner)
                    count += 1
                }
            }
        }
    }
}

/// A requirement's content, to share one check among the patterns that need it.
struct RequirementKey: Hashable {
    let ids: Set<Int32>
    let prefixes: [[UInt8]]
}
