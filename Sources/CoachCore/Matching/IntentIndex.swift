import Foundation

// @unchecked: the only non-Sendable member is `NSRegularExpression`, which is immutable and documented as safe to
// share between threads; the index is built once at load and only read afterwards.
/// Keyword and regex lookup tables, so matching cost depends on the message, not on the script's size.
struct IntentIndex: @unchecked Sendable {
    /// A keyword, phrase or exclusion, as stems to find in a row.
    struct Phrase {
        let intent: Int
        let stems: [String]
        let text: String
        let isExclusion: Bool
    }

    /// A regular expression and the words that must be present for it to have a chance.
    struct Pattern {
        let intent: Int
        let regex: NSRegularExpression
        let source: String
        /// A match contains, from each of these sets, one word (as bytes, its fingerprint, and whether it starts a word).
        let required: [[(bytes: [UInt8], fingerprint: UInt64, atWordStart: Bool)]]
    }

    var phrases: [Phrase] = []
    var patterns: [Pattern] = []
    /// Phrase ids by the stem of their first word.
    var phrasesByFirstStem: [String: [Int]] = [:]
    /// Pattern ids by a hash of the first three bytes of each required literal (collisions only add
    /// candidates, which the required-word check then removes).
    var patternsByTrigram: [[Int32]] = []
    /// The same table, sealed into one flat array (bucket b holds `bucketIDs[bucketStart[b]..<bucketStart[b + 1]]`),
    /// so a lookup touches no reference counts.
    var bucketStart: [Int32] = []
    var bucketIDs: [Int32] = []
    static let trigramBuckets = 1 << 14
    /// Patterns with no required literal: they run on every message.
    var unindexedPatterns: [Int] = []

    /// Indexes a keyword or exclusion; false when it has no words to match (only articles or punctuation).
    @discardableResult
    mutating func addPhrase(intent: Int, text: String, isExclusion: Bool) -> Bool {
        let stems = Normalizer.normalize(text).stemList
        guard let first = stems.first else { return false }
        phrasesByFirstStem[first, default: []].append(phrases.count)
        phrases.append(Phrase(intent: intent, stems: stems, text: text, isExclusion: isExclusion))
        return true
    }

    /// Indexes a regular expression; false when it requires no word the index can use (it then runs on every message).
    @discardableResult
    mutating func addPattern(intent: Int, regex: NSRegularExpression, source: String) -> Bool {
        let id = patterns.count
        let requirement = RegexRequirement.requirement(in: source)
        let required = requirement.map { set in
            set.map { word in (Array(word.text.utf8), WordPrefixes.fingerprint(Array(word.text.utf8)[...]), word.atWordStart) }
        }
        patterns.append(Pattern(intent: intent, regex: regex, source: source, required: required))
        guard let best = RegexRequirement.best(requirement) else {
            unindexedPatterns.append(id)
            return false
        }
        for word in best {
            let key = Self.trigram(Array(word.text.utf8), at: 0)
            if patternsByTrigram.isEmpty { patternsByTrigram = [[Int32]](repeating: [], count: Self.trigramBuckets) }
            if patternsByTrigram[key].last != Int32(id) { patternsByTrigram[key].append(Int32(id)) }
        }
        return true
    }

    /// Freezes the trigram table into flat arrays; call once all patterns are added.
    mutating func seal() {
        guard !patternsByTrigram.isEmpty else { return }
        bucketStart = [0]
        bucketStart.reserveCapacity(Self.trigramBuckets + 1)
        for bucket in patternsByTrigram {
            bucketIDs += bucket
            bucketStart.append(Int32(bucketIDs.count))
        }
        patternsByTrigram = []
    }

    /// Three bytes packed into one key.
    static func trigram(_ bytes: [UInt8], at i: Int) -> Int {
        let key = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
        return Int((key &* 2_654_435_761) >> 18) & (trigramBuckets - 1)
    }

    /// Ids of the patterns worth running on this normalised text, in id order: those whose required
    /// words are all present and that `include` accepts (checked first, as it is cheaper).
    func candidatePatterns(for text: String, include: (Int) -> Bool = { _ in true }) -> [Int] {
        guard !patterns.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        var seen = [Bool](repeating: false, count: patterns.count)
        for id in unindexedPatterns { seen[id] = true }
        if !bucketStart.isEmpty, bytes.count >= 3 {
            for i in 0...(bytes.count - 3) {
                let bucket = Self.trigram(bytes, at: i)
                var k = Int(bucketStart[bucket])
                let end = Int(bucketStart[bucket + 1])
                while k < end { seen[Int(bucketIDs[k])] = true; k += 1 }
            }
        }
        var words: WordPrefixes?
        var found: [Int] = []
        for id in seen.indices where seen[id] && include(id) {
            if words == nil { words = WordPrefixes(bytes) }
            if patterns[id].required.allSatisfy({ set in set.contains { words!.contains($0.bytes, $0.fingerprint, atWordStart: $0.atWordStart) } }) {
                found.append(id)
            }
        }
        return found
    }

    /// Whether `needle` occurs in `haystack` (plain byte search: needles are short words), at the start
    /// of a word when `atWordStart`.
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8], atWordStart: Bool) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, !atWordStart || i == 0 || !isWordByte(haystack[i - 1]) {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The beginnings of every word of a text, so "is this word-start literal present?" is one lookup.
    struct WordPrefixes {
        let bytes: [UInt8]
        /// FNV-1a fingerprints of every word prefix of 3+ bytes (a fingerprint match is then confirmed).
        private var prefixes: Set<UInt64> = []

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            var i = 0
            while i < bytes.count {
                guard IntentIndex.isWordByte(bytes[i]) else { i += 1; continue }
                var hash = Self.offsetBasis
                var end = i
                while end < bytes.count, IntentIndex.isWordByte(bytes[end]) {
                    hash = (hash ^ UInt64(bytes[end])) &* Self.prime
                    end += 1
                    if end - i >= 3 { prefixes.insert(hash) }
                }
                i = end
            }
        }

        static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
        static let prime: UInt64 = 0x100_0000_01b3

        static func fingerprint(_ word: ArraySlice<UInt8>) -> UInt64 {
            word.reduce(offsetBasis) { ($0 ^ UInt64($1)) &* prime }
        }

        func contains(_ word: [UInt8], _ fingerprint: UInt64, atWordStart: Bool) -> Bool {
            if atWordStart, !prefixes.contains(fingerprint) { return false }
            return IntentIndex.bytes(bytes, contain: word, atWordStart: atWordStart)
        }
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80
    }
}
