/// W0506: two `!` in a row at the start of a pattern. Only the first looks at the word before the match;
/// the next one looks at the match's own first word, so `!i !and hit` still matches "and hit". Write the
/// words to exclude as one set: `![i|and] hit`.
enum LookBehindCheck {
    static func run(_ script: Script) -> [Diagnostic] {
        script.allWordPatterns.compactMap { pattern in
            let excluded = pattern.elements.prefix { if case .not = $0 { return true } else { return false } }
                .compactMap { element -> String? in if case .not(let inner) = element { return inner.patternText } else { return nil } }
            guard excluded.count >= 2 else { return nil }
            let words = excluded.joined(separator: "|")
            return .warning("only the first '!' looks at the word before the match; the next looks at the match's first word: "
                            + "write ![\(words)] to exclude them all before it", at: pattern.location)
        }
    }
}

extension PatternElement {
    /// The element as written in a pattern, for messages (words, quoted words, beginnings and concepts; others as "…").
    var patternText: String {
        switch self {
        case .word(let word): return word
        case .exact(let word): return "\"" + word + "\""
        case .prefix(let prefix): return prefix + "*"
        case .concept(let name): return "~" + name.name
        case .alternatives(let branches): return branches.map { $0.map(\.patternText).joined(separator: " ") }.joined(separator: "|")
        default: return "…"
        }
    }
}
