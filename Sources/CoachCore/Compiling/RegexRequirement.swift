/// Finds words that every match of a regular expression must contain, so the expression runs only
/// when one of them is in the message. Conservative: when unsure, it requires nothing.
enum RegexRequirement {
    /// A set of words of which any match contains at least one; nil when no such set is known.
    static func literals(in pattern: String) -> [String]? {
        var parser = Parser(chars: Array(pattern))
        let result = parser.alternation()
        guard parser.position == parser.chars.count, !parser.unsure else { return nil }
        return result?.map { $0 }.sorted()
    }

    private struct Parser {
        /// Nesting beyond this is not analysed (the regex then runs on every message).
        static let maxDepth = 100

        let chars: [Character]
        var position = 0
        var depth = 0
        /// Set when the pattern uses syntax whose literal text this parser does not model.
        var unsure = false

        /// alternation := sequence ('|' sequence)*; requires one of the union of each branch's words.
        mutating func alternation() -> Set<String>? {
            var union: Set<String>? = sequence()
            while position < chars.count, chars[position] == "|" {
                position += 1
                let branch = sequence()
                if let b = branch, let u = union { union = u.union(b) } else { union = nil }
            }
            return union
        }

        /// sequence := item*; requires the best single requirement among its items.
        mutating func sequence() -> Set<String>? {
            var best: Set<String>?
            var word = ""
            func consider(_ candidate: Set<String>?) {
                guard let candidate, !candidate.isEmpty else { return }
                if let current = best {
                    let score = { (s: Set<String>) in s.map(\.count).min() ?? 0 }
                    if score(candidate) > score(current) || (score(candidate) == score(current) && candidate.count < current.count) { best = candidate }
                } else {
                    best = candidate
                }
            }
            func endWord() { if word.count >= 3 { consider([word]) }; word = "" }
            while position < chars.count {
                let c = chars[position]
                if c == "|" || c == ")" { break }
                if c == "(" {
                    endWord()
                    position += 1
                    let lookaround = skipGroupPrefix()
                    depth += 1
                    defer { depth -= 1 }
                    if depth > Self.maxDepth { unsure = true; return nil }
                    let inner = alternation()
                    guard position < chars.count, chars[position] == ")" else { return nil }
                    position += 1
                    if skipQuantifier(optional: true) || lookaround { continue }
                    consider(inner)
                    continue
                }
                if c == "[" { endWord(); skipClass(); _ = skipQuantifier(optional: true); continue }
                if c == "\\" {
                    position += 1
                    guard position < chars.count else { return nil }
                    let escaped = chars[position]
                    position += 1
                    // Escapes that stand for literal characters (\x41, \u006b, \0, \cA, \N{…}) are not modelled.
                    if "xuU0cNQ".contains(escaped) { unsure = true; return nil }
                    if escaped.isLetter || escaped.isNumber { endWord(); _ = skipQuantifier(optional: true); continue }
                    endWord(); _ = skipQuantifier(optional: true); continue
                }
                if "*+?{".contains(c) { return nil }
                if c == "." || c == "^" || c == "$" { endWord(); position += 1; _ = skipQuantifier(optional: true); continue }
                position += 1
                let isWordChar = (c.isLetter || c.isNumber) && c.isASCII
                if skipQuantifier(optional: true) {
                    endWord()  // the quantified character is optional or repeated: the word ends before it
                    continue
                }
                if isWordChar { word.append(Character(c.lowercased())) } else { endWord() }
            }
            endWord()
            return best
        }

        /// Skips `?:`, `?i:` and similar; true for lookarounds, which consume nothing.
        mutating func skipGroupPrefix() -> Bool {
            guard position < chars.count, chars[position] == "?" else { return false }
            position += 1
            if position < chars.count, chars[position] == "=" || chars[position] == "!" { position += 1; return true }
            if position < chars.count, chars[position] == "<", position + 1 < chars.count, chars[position + 1] == "=" || chars[position + 1] == "!" {
                position += 2
                return true
            }
            while position < chars.count, chars[position] != ":" && chars[position] != ")" {
                if chars[position] == "x" { unsure = true }  // (?x): white space and comments are not literal
                position += 1
            }
            if position < chars.count, chars[position] == ":" { position += 1 }
            return false
        }

        mutating func skipClass() {
            position += 1
            if position < chars.count, chars[position] == "^" { position += 1 }
            if position < chars.count, chars[position] == "]" { position += 1 }
            while position < chars.count, chars[position] != "]" {
                if chars[position] == "\\" { position += 1 }
                position += 1
            }
            position += 1
        }

        /// Skips a quantifier; true if one was there and it allows zero or many repeats
        /// (so the quantified item cannot be required as written).
        mutating func skipQuantifier(optional: Bool) -> Bool {
            guard position < chars.count else { return false }
            let c = chars[position]
            if c == "*" || c == "?" || c == "+" {
                position += 1
                if position < chars.count, chars[position] == "?" || chars[position] == "+" { position += 1 }
                return true
            }
            if c == "{" {
                while position < chars.count, chars[position] != "}" { position += 1 }
                position += 1
                if position < chars.count, chars[position] == "?" || chars[position] == "+" { position += 1 }  // lazy or possessive
                return true
            }
            return false
        }
    }
}
