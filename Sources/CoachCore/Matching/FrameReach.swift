/// Whether a frame found on some words reaches a piece of evidence, by the frame's scope.
enum FrameReach {
    static func covers(_ scope: FrameDecl.Scope, from frame: Range<Int>, _ evidence: Range<Int>, _ tokens: [Token]) -> Bool {
        guard !frame.isEmpty, !evidence.isEmpty else { return false }
        switch scope {
        case .message:
            return true
        case .sentence:
            return spans(frame, tokens, \.sentence).overlaps(spans(evidence, tokens, \.sentence))
        case .clause:
            return spans(frame, tokens, \.clause).overlaps(spans(evidence, tokens, \.clause))
        case .restOfClause:
            return frame.lowerBound <= evidence.lowerBound && tokens[frame.lowerBound].clause == tokens[evidence.lowerBound].clause
        case .restOfSentence:
            return frame.lowerBound <= evidence.lowerBound && tokens[frame.lowerBound].sentence == tokens[evidence.lowerBound].sentence
        case .ahead(let reach):
            guard frame.upperBound <= evidence.lowerBound,
                  tokens[frame.upperBound - 1].clause == tokens[evidence.lowerBound].clause else { return false }
            if Negation.isPlainWordNo(at: frame.lowerBound, in: tokens) {
                return false  // "oh no, he has a knife", "wouldn't take no"
            }
            var distance = 0
            for k in frame.upperBound..<evidence.lowerBound {
                let kinds = tokens[k].kinds
                if kinds.contains(.negationStopper) { return false }
                if !kinds.contains(.negationTransparent) { distance += 1 }
            }
            return distance < reach
        }
    }

    /// The first and last clause (or sentence) numbers of some tokens.
    private static func spans(_ range: Range<Int>, _ tokens: [Token], _ key: KeyPath<Token, Int>) -> ClosedRange<Int> {
        tokens[range.lowerBound][keyPath: key]...tokens[range.upperBound - 1][keyPath: key]
    }
}
