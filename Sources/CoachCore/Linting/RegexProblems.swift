/// Reads a regular expression's source for mistakes a trainer can fix: where a broken regex breaks (so the
/// diagnostic points at the column inside it), and literals that can never match the normalised text.
enum RegexProblems {
    /// A problem at a character offset of the regex source.
    struct Problem: Equatable {
        var offset: Int
        var message: String
        /// True for upper case: it still matches (regexes ignore case) but misleads the reader.
        var isCaseOnly = false
    }

    /// Where a regex that does not compile goes wrong: an unmatched parenthesis, an unclosed class,
    /// a quantifier with nothing to repeat, a trailing backslash; nil when the scan finds nothing.
    static func syntaxError(in source: String) -> Problem? {
        let chars = Array(source)
        var open: [Int] = []
        var i = 0
        var canRepeat = false
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\":
                if i + 1 >= chars.count { return Problem(offset: i, message: "a '\\' at the end escapes nothing") }
                if chars[i + 1] == "Q" {
                    var j = i + 2
                    while j + 1 < chars.count, !(chars[j] == "\\" && chars[j + 1] == "E") { j += 1 }
                    i = j + 2
                    canRepeat = true
                    continue
                }
                i += 2
                canRepeat = true
                continue
            case "[":
                guard let end = classEnd(chars, from: i) else { return Problem(offset: i, message: "'[' is never closed") }
                i = end + 1
                canRepeat = true
                continue
            case "(":
                open.append(i)
                canRepeat = false
                i += 1
                if i < chars.count, chars[i] == "?" {
                    i += 1
                    while i < chars.count, "<=!:>#imsxw-".contains(chars[i]) { i += 1 }
                }
                continue
            case ")":
                guard open.popLast() != nil else { return Problem(offset: i, message: "unmatched ')'") }
                canRepeat = true
            case "|":
                canRepeat = false
            case "*", "+", "?":
                if !canRepeat { return Problem(offset: i, message: "'\(c)' has nothing before it to repeat") }
                if i + 1 < chars.count, chars[i + 1] == "?" || chars[i + 1] == "+" { i += 1 }
                canRepeat = false
            case "{":
                if !canRepeat, let close = chars[i...].firstIndex(of: "}"), chars[(i + 1)..<close].allSatisfy({ $0.isNumber || $0 == "," }) {
                    return Problem(offset: i, message: "'{' has nothing before it to repeat")
                }
                canRepeat = false
            case "^", "$":
                canRepeat = false
            default:
                canRepeat = true
            }
            i += 1
        }
        if let first = open.last { return Problem(offset: first, message: "'(' is never closed") }
        return nil
    }

    /// Literals that can never match the normalised text (lower case, accents removed, contractions
    /// expanded, no apostrophes).
    static func neverMatching(in source: String) -> [Problem] {
        let chars = Array(source)
        var problems: [Problem] = []
        var i = 0
        var reportedCase = false
        var afterLetter = false
        while i < chars.count {
            let c = chars[i]
            defer { afterLetter = i > 0 && i <= chars.count && chars[i - 1].isLetter && !(i >= 2 && chars[i - 2] == "\\") }
            if c == "\\" {
                i += 2
                if i - 1 < chars.count, chars[i - 1] == "p" || chars[i - 1] == "P" || chars[i - 1] == "N",
                   i < chars.count, chars[i] == "{", let close = chars[i...].firstIndex(of: "}") {
                    i = close + 1
                }
                continue
            }
            if c == "[", let end = classEnd(chars, from: i) {
                i = end + 1
                continue
            }
            if c.isLetter, !afterLetter {
                let word = String(chars[i...].prefix { $0.isLetter })
                let before = i >= 2 ? String(chars[(i - 2)..<i]) : ""
                let after = String(chars[(i + word.count)...].prefix(2))
                let startsWord = before == "\\b" || i == 0 || "( |^".contains(chars[i - 1])
                let endsWord = after.hasPrefix("\\b") || after.isEmpty || after.first.map { " )|$".contains($0) } == true
                if startsWord, endsWord, let expanded = Lexicon.bareContractions[word.lowercased()] {
                    problems.append(Problem(offset: i, message: "'\(word)' can never match: the normalised text has '\(expanded.joined(separator: " "))'"))
                }
            }
            if c == "'", !(i + 1 < chars.count && (chars[i + 1] == "?" || chars[i + 1] == "*")) {
                let following = String(chars[(i + 1)...].prefix { $0.isLetter })
                let shown = following.isEmpty ? "'" : "'" + following
                problems.append(Problem(offset: i, message: "\"\(shown)\" can never match: the normalised text has no apostrophes (\"didn't\" is \"did not\", \"he's\" is \"he\")"))
            } else if c.isUppercase, !reportedCase {
                reportedCase = true
                problems.append(Problem(offset: i, message: "upper case '\(c)' in a regex: the normalised text is all lower case (the match ignores case), so write it in lower case", isCaseOnly: true))
            } else if c.isLetter, !c.isASCII {
                problems.append(Problem(offset: i, message: "'\(c)' can never match: the normalised text has no accents"))
            }
            i += 1
        }
        return problems
    }

    /// The index of the `]` closing the class opened at `start`.
    private static func classEnd(_ chars: [Character], from start: Int) -> Int? {
        var j = start + 1
        if j < chars.count, chars[j] == "^" { j += 1 }
        if j < chars.count, chars[j] == "]" { j += 1 }
        while j < chars.count {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "[", let inner = classEnd(chars, from: j) { j = inner + 1; continue }
            if chars[j] == "]" { return j }
            j += 1
        }
        return nil
    }
}
