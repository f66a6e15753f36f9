import Foundation

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
        /// A match contains, from each of these sets, one word (as bytes, and whether it starts a word).
        let required: [[(bytes: [UInt8], atWordStart: Bool)]]
    }

    private(set) var phrases: [Phrase] = []
    private(set) var patterns: [Pattern] = []
    /// Phrase ids by the stem of their first word.
    private(set) var phrasesByFirstStem: [String: [Int]] = [:]
    /// Pattern ids by the first three bytes of each required literal.
    private(set) var patternsByTrigram: [UInt32: [Int]] = [:]
    /// Patterns with no required literal: they run on every message.
    private(set) var unindexedPatterns: [Int] = []

    mutating func addPhrase(intent: Int, text: String, isExclusion: Bool) {
        let stems = Normalizer.normalize(text).tokens.map(\.stem)
        guard let first = stems.first else { return }
        phrasesByFirstStem[first, default: []].append(phrases.count)
        phrases.append(Phrase(intent: intent, stems: stems, text: text, isExclusion: isExclusion))
    }

    mutating func addPattern(intent: Int, regex: NSRegularExpression, source: String) {
        let id = patterns.count
        let requirement = RegexRequirement.requirement(in: source)
        let required = requirement.map { set in set.map { (Array($0.text.utf8), $0.atWordStart) } }
        patterns.append(Pattern(intent: intent, regex: regex, source: source, required: required))
        guard let best = RegexRequirement.best(requirement) else {
            unindexedPatterns.append(id)
            return
        }
        for word in best {
            let key = Self.trigram(Array(word.text.utf8), at: 0)
            if patternsByTrigram[key]?.last != id { patternsByTrigram[key, default: []].append(id) }
        }
    }

    /// Three bytes packed into one key.
    static func trigram(_ bytes: [UInt8], at i: Int) -> UInt32 {
        UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
    }

    /// Ids of the patterns worth running on this normalised text, in id order.
    func candidatePatterns(for text: String) -> [Int] {
        var found = unindexedPatterns
        let bytes = Array(text.utf8)
        if !patternsByTrigram.isEmpty, bytes.count >= 3 {
            for i in 0...(bytes.count - 3) {
                if let ids = patternsByTrigram[Self.trigram(bytes, at: i)] { found += ids }
            }
        }
        if found.isEmpty { return found }
        return Array(Set(found)).sorted().filter { id in
            patterns[id].required.allSatisfy { set in set.contains { Self.bytes(bytes, contain: $0.bytes, atWordStart: $0.atWordStart) } }
        }
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

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80
    }
}
