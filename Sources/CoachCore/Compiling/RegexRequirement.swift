/// A word that a regular expression's every match contains; `atWordStart` when the expression puts a
/// word boundary (`\b`, `^`, a space or punctuation) right before it, so only whole-word starts count.
struct RequiredWord: Hashable, Sendable {
    let text: String
    let atWordStart: Bool
}

/// Finds words that every match of a regular expression must contain, so the expression runs only
/// when they are in the message. The result is a list of sets: a match contains a word from each set.
/// Conservative: when unsure, it requires nothing (an empty list), and the expression always runs.
enum RegexRequirement {
    /// Every set of words a match must draw from (all sets, one word of each).
    static func requirement(in pattern: String) -> [Set<RequiredWord>] {
        var parser = Parser(chars: Array(pattern.utf8))
        let result = parser.alternation(boundary: true)
        guard parser.position == parser.chars.count, !parser.unsure else { return [] }
        return result
    }

    /// The most selective set: the one whose shortest word is longest, then the smallest.
    static func best(_ requirement: [Set<RequiredWord>]) -> Set<RequiredWord>? {
        if requirement.count < 2 { return requirement.first }
        func shortest(_ set: Set<RequiredWord>) -> Int {
            var length = Int.max
            for word in set { length = min(length, word.text.utf8.count) }
            return length
        }
        return requirement.max { a, b in
            let (la, lb) = (shortest(a), shortest(b))
            return la != lb ? la < lb : a.count > b.count
        }
    }

    /// The words of the most selective set, sorted; nil when nothing is required.
    static func literals(in pattern: String) -> [String]? {
        best(requirement(in: pattern)).map { $0.map(\.text).sorted() }
    }

    private struct Parser {
        /// Nesting beyond this is not analysed (the regex then runs on every message).
        static let maxDepth = 100

        let chars: [UInt8]
        var position = 0
        var depth = 0
        /// Set when the pattern uses syntax whose literal text this parser does not model.
        var unsure = false

        /// alternation := sequence ('|' sequence)*. One branch keeps all its sets; several branches
        /// require one word from the union of each branch's best set.
        mutating func alternation(boundary: Bool) -> [Set<RequiredWord>] {
            var branches = [sequence(boundary: boundary)]
            while position < chars.count, chars[position] == UInt8(ascii: "|") {
                position += 1
                branches.append(sequence(boundary: boundary))
            }
            if branches.count == 1 { return branches[0] }
            var union = Set<RequiredWord>()
            for branch in branches {
                guard let best = RegexRequirement.best(branch) else { return [] }
                union.formUnion(best)
            }
            return [union]
        }

        /// sequence := item*; a match contains what every item requires.
        mutating func sequence(boundary: Bool) -> [Set<RequiredWord>] {
            var result: [Set<RequiredWord>] = []
            var word: [UInt8] = []
            var wordAtStart = false
            var atBoundary = boundary
            func endWord() {
                if word.count >= 3 { result.append([RequiredWord(text: String(decoding: word, as: UTF8.self), atWordStart: wordAtStart)]) }
                word = []
            }
            while position < chars.count, !unsure {
                let c = chars[position]
                if c == UInt8(ascii: "|") || c == UInt8(ascii: ")") { break }
                switch c {
                case UInt8(ascii: "("):
                    endWord()
                    position += 1
                    let lookaround = skipGroupPrefix()
                    depth += 1
                    if depth > Self.maxDepth { unsure = true; return [] }
                    let inner = alternation(boundary: atBoundary)
                    depth -= 1
                    guard position < chars.count, chars[position] == UInt8(ascii: ")") else { unsure = true; return [] }
                    position += 1
                    if lookaround { continue }  // zero-width: the boundary state stays
                    if !skipQuantifier() { result += inner }
                    atBoundary = false
                case UInt8(ascii: "["):
                    endWord()
                    skipClass()
                    _ = skipQuantifier()
                    atBoundary = false
                case UInt8(ascii: "\\"):
                    endWord()
                    position += 1
                    guard position < chars.count else { unsure = true; return [] }
                    let escaped = chars[position]
                    position += 1
                    // Escapes that stand for literal characters (\x41, \u006b, \0, \cA, \N{…}, \Q…\E) are not modelled.
                    if "xuU0cNQ".utf8.contains(escaped) { unsure = true; return [] }
                    let quantified = skipQuantifier()
                    switch escaped {
                    case UInt8(ascii: "b"): atBoundary = true
                    case UInt8(ascii: "s"): atBoundary = !quantified || chars[position - 1] == UInt8(ascii: "+")
                    default: atBoundary = !Self.isAlphanumeric(escaped) && escaped < 0x80 && !quantified
                    }
                case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"):
                    unsure = true
                    return []
                case UInt8(ascii: "^"):
                    endWord()
                    position += 1
                    atBoundary = true
                case UInt8(ascii: "."), UInt8(ascii: "$"):
                    endWord()
                    position += 1
                    _ = skipQuantifier()
                    atBoundary = false
                default:
                    position += 1
                    if skipQuantifier() {
                        endWord()  // the quantified character is optional or repeated: the word ends before it
                        atBoundary = false
                    } else if Self.isAlphanumeric(c) {
                        if word.isEmpty { wordAtStart = atBoundary }
                        word.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
                        atBoundary = false
                    } else {
                        endWord()
                        atBoundary = c < 0x80  // after a space or punctuation a word starts; not inside é
                    }
                }
            }
            endWord()
            return result
        }

        static func isAlphanumeric(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
        }

        /// Skips `?:`, `?i:` and similar; true for lookarounds, which consume nothing.
        mutating func skipGroupPrefix() -> Bool {
            guard position < chars.count, chars[position] == UInt8(ascii: "?") else { return false }
            position += 1
            if position < chars.count, chars[position] == UInt8(ascii: "=") || chars[position] == UInt8(ascii: "!") { position += 1; return true }
            if position < chars.count, chars[position] == UInt8(ascii: "<"), position + 1 < chars.count, chars[position + 1] == UInt8(ascii: "=") || chars[position + 1] == UInt8(ascii: "!") {
                position += 2
                return true
            }
            while position < chars.count, chars[position] != UInt8(ascii: ":") && chars[position] != UInt8(ascii: ")") {
                if chars[position] == UInt8(ascii: "x") { unsure = true }  // (?x): white space and comments are not literal
                position += 1
            }
            if position < chars.count, chars[position] == UInt8(ascii: ":") { position += 1 }
            return false
        }

        mutating func skipClass() {
            position += 1
            if position < chars.count, chars[position] == UInt8(ascii: "^") { position += 1 }
            if position < chars.count, chars[position] == UInt8(ascii: "]") { position += 1 }
            while position < chars.count, chars[position] != UInt8(ascii: "]") {
                if chars[position] == UInt8(ascii: "\\") { position += 1 }
                position += 1
            }
            position += 1
        }

        /// Skips a quantifier (`*`, `+`, `?`, `{m,n}`, lazy or possessive); true if there was one.
        mutating func skipQuantifier() -> Bool {
            guard position < chars.count else { return false }
            let c = chars[position]
            if c == UInt8(ascii: "*") || c == UInt8(ascii: "?") || c == UInt8(ascii: "+") {
                position += 1
            } else if c == UInt8(ascii: "{") {
                while position < chars.count, chars[position] != UInt8(ascii: "}") { position += 1 }
                position += 1
            } else {
                return false
            }
            if position < chars.count, chars[position] == UInt8(ascii: "?") || chars[position] == UInt8(ascii: "+") { position += 1 }
            return true
        }
    }
}
