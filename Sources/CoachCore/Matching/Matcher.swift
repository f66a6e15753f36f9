import Foundation

/// Finds which intents a message expresses: keywords and phrases by stem, regular expressions on the
/// normalised text, then drops evidence that is negated, excluded, or not the whole message when it must be.
struct Matcher {
    let brain: Brain

    func analyze(_ message: String) -> MessageAnalysis {
        let normalized = Normalizer.normalize(message)
        var raw: [(hit: MessageAnalysis.Hit, range: Range<Int>)] = []
        var exclusions: [Int: [Range<Int>]] = [:]
        findPhrases(in: normalized.tokens) { phrase, range in
            if phrase.isExclusion {
                exclusions[phrase.intent, default: []].append(range)
            } else {
                let words = normalized.tokens[range].map(\.word).joined(separator: " ")
                raw.append((.init(intent: phrase.intent, score: range.count, evidence: "keyword \"\(phrase.text)\"", words: words), range))
            }
        }
        findPatterns(in: normalized) { hit, range in raw.append((hit, range)) }

        var hits: [Int: MessageAnalysis.Hit] = [:]
        var discarded: [String] = []
        for (hit, range) in raw {
            let intent = brain.intents[hit.intent]
            if let excluded = exclusions[hit.intent], excluded.contains(where: { $0.overlaps(range) }) {
                discarded.append("\(intent.name): \(hit.evidence) on \"\(hit.words)\" is excluded by an 'unless' phrase")
                continue
            }
            if intent.negationCancels, let cue = Negation.cue(before: range.lowerBound, in: normalized.tokens) {
                discarded.append("\(intent.name): \(hit.evidence) on \"\(hit.words)\" is negated by \"\(cue)\"")
                continue
            }
            if intent.wholeMessage, !Self.coversMessage(range, normalized.tokens) {
                discarded.append("\(intent.name): \(hit.evidence) is not the whole message")
                continue
            }
            let ranked = intent.highPriority ? hit.ranking(asWholeMessageOf: normalized.tokens.count) : hit
            if let best = hits[hit.intent], best.score >= ranked.score { continue }
            hits[hit.intent] = ranked
        }
        return MessageAnalysis(normalized: normalized, hits: hits, discarded: discarded)
    }

    private func findPhrases(in tokens: [Token], _ found: (IntentIndex.Phrase, Range<Int>) -> Void) {
        let index = brain.index
        for start in tokens.indices {
            guard let ids = index.phrasesByFirstStem[tokens[start].stem] else { continue }
            for id in ids {
                let phrase = index.phrases[id]
                let end = start + phrase.stems.count
                guard end <= tokens.count else { continue }
                var matches = true
                var k = 1
                while k < phrase.stems.count {
                    if tokens[start + k].stem != phrase.stems[k] { matches = false; break }
                    k += 1
                }
                if matches { found(phrase, start..<end) }
            }
        }
    }

    private func findPatterns(in normalized: NormalizedText, _ found: (MessageAnalysis.Hit, Range<Int>) -> Void) {
        let index = brain.index
        let candidates = index.candidatePatterns(for: normalized.text)
        guard !candidates.isEmpty else { return }
        let ns = normalized.text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        for id in candidates {
            let pattern = index.patterns[id]
            for match in pattern.regex.matches(in: normalized.text, range: whole) {
                let range = Self.tokenRange(of: match.range, in: normalized, ns: ns)
                let words = ns.substring(with: match.range)
                found(.init(intent: pattern.intent, score: max(1, range.count), evidence: "regex /\(pattern.source)/", words: words), range)
            }
        }
    }

    /// The tokens a regex match touches (by UTF-8 offsets).
    private static func tokenRange(of range: NSRange, in normalized: NormalizedText, ns: NSString) -> Range<Int> {
        let startByte = ns.substring(to: range.location).utf8.count
        let endByte = startByte + ns.substring(with: range).utf8.count
        let tokens = normalized.tokens
        let first = tokens.firstIndex { $0.end > startByte } ?? tokens.count
        var last = first
        while last < tokens.count, tokens[last].start < endByte { last += 1 }
        return first..<max(first, last)
    }

    private static func coversMessage(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        tokens.indices.allSatisfy { range.contains($0) || Lexicon.fillers.contains(tokens[$0].word) }
    }
}
