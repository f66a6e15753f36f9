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
        let literals: [[UInt8]]
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
        let literals = (RegexRequirement.literals(in: source) ?? []).map { Array($0.utf8) }
        patterns.append(Pattern(intent: intent, regex: regex, source: source, literals: literals))
        if literals.isEmpty {
            unindexedPatterns.append(id)
            return
        }
        for literal in literals {
            let key = Self.trigram(literal, at: 0)
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
            let literals = patterns[id].literals
            return literals.isEmpty || literals.contains { Self.bytes(bytes, contain: $0) }
        }
    }

    /// Whether `needle` occurs in `haystack` (plain byte search: needles are short words).
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
