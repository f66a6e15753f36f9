/// Every keyword, pattern and exclusion of a script, indexed by the words that can start it, so a
/// message is scanned once: each word looks up the patterns it can start, whatever the script's size.
struct PatternIndex: Sendable {
    private(set) var patterns: [CompiledPattern] = []
    let concepts: [CompiledConcept]
    let vocabulary: Vocabulary
    /// Pattern ids by the id of a word that can start them.
    private var byFirstID: [Int32: [Int32]] = [:]
    /// Word beginnings that can start patterns, grouped by their first three bytes.
    private var byPrefixKey: [UInt32: [(prefix: [UInt8], ids: [Int32])]] = [:]
    /// Beginnings shorter than three bytes (digits: `19*`), checked against every word.
    private var shortPrefixes: [(prefix: [UInt8], ids: [Int32])] = []

    /// A word that must be in the message for a pattern to match: one of these ids, or a word with one of these beginnings.
    struct Requirement: Sendable {
        let ids: Set<Int32>
        let prefixes: [[UInt8]]
    }
    /// Every distinct requirement, once: patterns that need the same class share one check per message.
    private(set) var requirements: [Requirement] = []
    /// For each pattern, the ids of the requirements it cannot match without (one per mandatory element).
    private(set) var patternRequirements: [[Int32]] = []

    init(compiler: PatternCompiler, patterns: [CompiledPattern]) {
        self.concepts = compiler.concepts
        self.vocabulary = compiler.vocabulary
        self.patterns = patterns
        var requirementIDs: [RequirementKey: Int32] = [:]
        var requirements: [Requirement] = []
        patternRequirements = patterns.map { pattern in
            pattern.elements.compactMap { element -> Int32? in
                switch element {
                case .optional, .gap, .not, .start: return nil
                default:
                    let first = compiler.firstSet([element])
                    guard !first.nullable else { return nil }
                    let key = RequirementKey(ids: first.ids, prefixes: first.prefixes)
                    if let id = requirementIDs[key] { return id }
                    requirementIDs[key] = Int32(requirements.count)
                    requirements.append(Requirement(ids: first.ids, prefixes: first.prefixes))
                    return Int32(requirements.count - 1)
                }
            }
        }
        self.requirements = requirements
        for (id, pattern) in patterns.enumerated() {
            let first = compiler.firstSet(pattern.elements)
            for word in first.ids { byFirstID[word, default: []].append(Int32(id)) }
            for prefix in first.prefixes where prefix.count < 3 {
                if let k = shortPrefixes.firstIndex(where: { $0.prefix == prefix }) {
                    if shortPrefixes[k].ids.last != Int32(id) { shortPrefixes[k].ids.append(Int32(id)) }
                } else {
                    shortPrefixes.append((prefix, [Int32(id)]))
                }
            }
            for prefix in first.prefixes where prefix.count >= 3 {
                let key = Self.key(prefix[...])
                var entries = byPrefixKey[key] ?? []
                if let k = entries.firstIndex(where: { $0.prefix == prefix }) {
                    if entries[k].ids.last != Int32(id) { entries[k].ids.append(Int32(id)) }
                } else {
                    entries.append((prefix, [Int32(id)]))
                }
                byPrefixKey[key] = entries
            }
        }
    }

    var isEmpty: Bool { patterns.isEmpty }

    /// Whether every word pattern `id` needs is somewhere in the message (a cheap test before matching);
    /// `known` remembers each requirement's answer for this message (0 unknown, 1 present, 2 absent).
    func mayMatch(_ id: Int, _ message: TokenView, _ known: inout [UInt8]) -> Bool {
        for requirement in patternRequirements[id] {
            let r = Int(requirement)
            if known[r] == 0 { known[r] = isPresent(requirements[r], message) ? 1 : 2 }
            if known[r] == 2 { return false }
        }
        return true
    }

    private func isPresent(_ requirement: Requirement, _ message: TokenView) -> Bool {
        for position in 0..<message.count {
            if requirement.ids.contains(message.ids[position]) { return true }
            if !requirement.prefixes.isEmpty,
               requirement.prefixes.contains(where: { WordBeginning.matches(message.words[position], $0) }) { return true }
        }
        return false
    }

    /// The first three bytes of a word or beginning, as one key.
    static func key(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var key: UInt32 = 0
        for byte in bytes.prefix(3) { key = key << 8 | UInt32(byte) }
        return key
    }

    /// Calls `visit(pattern, start)` for every pattern that can start at each word of the message.
    func candidates(_ message: TokenView, _ visit: (Int, Int) -> Void) {
        for position in 0..<message.count {
            if let ids = byFirstID[message.ids[position]] {
                for id in ids { visit(Int(id), position) }
            }
            for entry in shortPrefixes where WordBeginning.matches(message.words[position], entry.prefix) {
                for id in entry.ids { visit(Int(id), position) }
            }
            guard !byPrefixKey.isEmpty, message.words[position].count >= 3,
                  let entries = byPrefixKey[Self.key(message.words[position][...])] else { continue }
            for entry in entries where WordBeginning.matches(message.words[position], entry.prefix) {
                for id in entry.ids { visit(Int(id), position) }
            }
        }
    }
}

/// A requirement's content, to share one check among the patterns that need it.
struct RequirementKey: Hashable {
    let ids: Set<Int32>
    let prefixes: [[UInt8]]
}
