import Foundation

/// Finds which intents a message expresses: keywords and phrases by stem, regular expressions on the
/// normalised text, then drops evidence that is negated, excluded, or not the whole message when it must be.
///
/// Only intents the current state listens for are considered when a filter is given, and a regex runs
/// only when the prefilter's words are present and its intent could still improve its rank.
struct Matcher {
    let brain: Brain

    /// One piece of evidence before the checks: where it is and what it is.
    private struct Candidate {
        let intent: Int
        let range: Range<Int>
        let source: MessageAnalysis.Hit.Source
        let bytes: Range<Int>
    }

    func analyze(_ message: String, listening: IntentSet? = nil) -> MessageAnalysis {
        var state = Analysis(brain: brain, normalized: Normalizer.normalize(message), listening: listening)
        state.findPhrases()
        state.findPatterns()
        return MessageAnalysis(normalized: state.normalized, hits: state.hits, discarded: state.discarded)
    }

    /// The working state of one analysis.
    private struct Analysis {
        let brain: Brain
        let normalized: NormalizedText
        let listening: IntentSet?
        var hits: [Int: MessageAnalysis.Hit] = [:]
        var discarded: [String] = []
        var exclusions: [Int: [Range<Int>]] = [:]
        var pending: [Candidate] = []

        init(brain: Brain, normalized: NormalizedText, listening: IntentSet?) {
            self.brain = brain
            self.normalized = normalized
            self.listening = listening
        }

        func listens(_ intent: Int) -> Bool { listening?.contains(intent) ?? true }

        mutating func findPhrases() {
            let index = brain.index
            let tokens = normalized.tokens
            for start in tokens.indices {
                guard let ids = index.phrasesByFirstStem[tokens[start].stem] else { continue }
                for id in ids {
                    let phrase = index.phrases[id]
                    guard listens(phrase.intent) else { continue }
                    let end = start + phrase.stems.count
                    guard end <= tokens.count else { continue }
                    var k = 1
                    while k < phrase.stems.count, tokens[start + k].stem == phrase.stems[k] { k += 1 }
                    guard k == phrase.stems.count else { continue }
                    if phrase.isExclusion {
                        exclusions[phrase.intent, default: []].append(start..<end)
                    } else {
                        pending.append(Candidate(intent: phrase.intent, range: start..<end, source: .keyword(phrase.text),
                                                 bytes: tokens[start].start..<tokens[end - 1].end))
                    }
                }
            }
            for candidate in pending { consider(candidate) }
            pending.removeAll()
        }

        mutating func findPatterns() {
            let index = brain.index
            let candidates = index.candidatePatterns(for: normalized.text) { id in
                let intent = index.patterns[id].intent
                return listens(intent) && (hits[intent]?.score ?? 0) < normalized.tokens.count
            }
            guard !candidates.isEmpty else { return }
            let offsets = UTF16Offsets(normalized.text)
            let whole = NSRange(location: 0, length: offsets.utf16Count)
            for id in candidates {
                let pattern = index.patterns[id]
                for match in pattern.regex.matches(in: normalized.text, range: whole) {
                    let bytes = offsets.byteRange(match.range)
                    consider(Candidate(intent: pattern.intent, range: tokenRange(bytes), source: .regex(pattern.source), bytes: bytes))
                }
            }
        }

        /// Keeps a candidate as its intent's best hit unless it is excluded, negated, or not the whole message.
        mutating func consider(_ candidate: Candidate) {
            let intent = brain.intents[candidate.intent]
            let range = candidate.range
            if let excluded = exclusions[candidate.intent], excluded.contains(where: { $0.overlaps(range) }) {
                return discard(candidate, "is excluded by an 'unless' phrase")
            }
            if intent.negationCancels, let cue = Negation.cue(before: range.lowerBound, in: normalized.tokens) {
                return discard(candidate, "is negated by \"\(cue)\"")
            }
            if intent.wholeMessage, !coversMessage(range) {
                return discard(candidate, "is not the whole message")
            }
            let score = intent.highPriority ? max(range.count, normalized.tokens.count) : max(1, range.count)
            if let best = hits[candidate.intent], best.score >= score { return }
            hits[candidate.intent] = MessageAnalysis.Hit(intent: candidate.intent, score: score, source: candidate.source,
                                                         words: words(candidate.bytes), isHighPriority: intent.highPriority)
        }

        mutating func discard(_ candidate: Candidate, _ reason: String) {
            let hit = MessageAnalysis.Hit(intent: candidate.intent, score: 0, source: candidate.source, words: words(candidate.bytes), isHighPriority: false)
            discarded.append("\(brain.intents[candidate.intent].name): \(hit.evidence) on \"\(hit.words)\" \(reason)")
        }

        func words(_ bytes: Range<Int>) -> Substring {
            let utf8 = normalized.text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
            let end = utf8.index(start, offsetBy: bytes.count)
            return normalized.text[start..<end]
        }

        /// The tokens whose bytes overlap `bytes`.
        func tokenRange(_ bytes: Range<Int>) -> Range<Int> {
            let tokens = normalized.tokens
            var first = 0
            while first < tokens.count, tokens[first].end <= bytes.lowerBound { first += 1 }
            var last = first
            while last < tokens.count, tokens[last].start < bytes.upperBound { last += 1 }
            return first..<max(first, last)
        }

        func coversMessage(_ range: Range<Int>) -> Bool {
            normalized.tokens.indices.allSatisfy { range.contains($0) || Lexicon.fillers.contains(normalized.tokens[$0].word) }
        }
    }
}

/// Converts NSRegularExpression's UTF-16 ranges to UTF-8 byte ranges in one pass per message.
struct UTF16Offsets {
    /// Byte offset of each UTF-16 offset (nil when the text is ASCII, where they are equal).
    private let bytesAt: [Int]?
    let utf16Count: Int

    init(_ text: String) {
        utf16Count = text.utf16.count
        if utf16Count == text.utf8.count {
            bytesAt = nil
            return
        }
        var table = [Int]()
        table.reserveCapacity(utf16Count + 1)
        var byte = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            for _ in 0..<UTF16.width(scalar) { table.append(byte) }
            byte += width
        }
        table.append(byte)
        bytesAt = table
    }

    func byteRange(_ range: NSRange) -> Range<Int> {
        guard let bytesAt else { return range.location..<(range.location + range.length) }
        return bytesAt[range.location]..<bytesAt[range.location + range.length]
    }
}
