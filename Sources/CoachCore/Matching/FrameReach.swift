/// Whether a frame found on some words reaches a piece of evidence, by the frame's scope.
enum FrameReach {
    static func covers(_ scope: FrameDecl.Scope, from frame: Range<Int>, _ evidence: Range<Int>, _ text: NormalizedText) -> Bool {
        guard !frame.isEmpty, !evidence.isEmpty else { return false }
        let words = text.spans
        switch scope {
        case .message:
            return true
        case .sentence:
            return overlap(frame, evidence) { Int(words[$0].sentence) }
        case .clause:
            return overlap(frame, evidence) { Int(words[$0].clause) }
        case .restOfClause:
            return frame.lowerBound <= evidence.lowerBound && words[frame.lowerBound].clause == words[evidence.lowerBound].clause
        case .restOfSentence:
            return frame.lowerBound <= evidence.lowerBound && words[frame.lowerBound].sentence == words[evidence.lowerBound].sentence
        case .ahead(let reach):
            guard frame.upperBound <= evidence.lowerBound,
                  words[frame.upperBound - 1].clause == words[evidence.lowerBound].clause else { return false }
            if Negation.isPlainWordNo(at: frame.lowerBound, in: text) {
                return false  // "oh no, he has a knife", "wouldn't take no"
            }
            var distance = 0
            for k in frame.upperBound..<evidence.lowerBound {
                let kinds = words[k].kinds
                if kinds.contains(.negationStopper) { return false }
                if !kinds.contains(.negationTransparent) { distance += 1 }
            }
            return distance < reach
        }
    }

    /// Whether the clauses (or sentences: `number` of a token) of two non-empty runs of tokens overlap. The numbers are
    /// read in place (a key path would copy each `WordSpan`).
    @inline(__always)
    private static func overlap(_ a: Range<Int>, _ b: Range<Int>, _ number: (Int) -> Int) -> Bool {
        number(a.lowerBound) <= number(b.upperBound - 1) && number(b.lowerBound) <= number(a.upperBound - 1)
    }
}
