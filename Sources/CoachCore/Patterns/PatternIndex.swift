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

    init(compiler: PatternCompiler, patterns: [CompiledPattern]) {
        self.concepts = compiler.concepts
        self.vocabulary = compiler.vocabulary
        self.patterns = patterns
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
