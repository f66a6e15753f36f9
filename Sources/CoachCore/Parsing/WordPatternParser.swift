/// Parses word patterns: `~person [is|was]? ~strike *2 ~person`, `stab*`, `!joke`, `really?`.
///
/// Every mistake is reported at its own column inside the pattern.
struct WordPatternParser {
    /// The longest gap a pattern may ask for.
    static let maxGap = 8
    /// The gap `*` stands for when it has no number.
    static let defaultGap = 3

    private var cursor: LineCursor
    private let end: Int
    private var diagnostics: [Diagnostic] = []

    private init(cursor: LineCursor, end: Int) {
        self.cursor = cursor
        self.end = end
    }

    /// Parses the bytes from the cursor's position to `end` as one pattern; nil (with diagnostics) when it is wrong.
    static func parse(_ cursor: LineCursor, upTo end: Int, diagnostics: inout [Diagnostic]) -> WordPattern? {
        var parser = WordPatternParser(cursor: cursor, end: end)
        let start = cursor.position
        let location = cursor.location
        let elements = parser.sequence(insideBrackets: false)
        diagnostics += parser.diagnostics
        guard parser.diagnostics.isEmpty else { return nil }
        let source = cursor.text(start..<end).trimmingSpaces
        if elements.isEmpty || !elements.contains(where: \.consumesWords) {
            diagnostics.append(.error("this pattern has no word it must match", at: location))
            return nil
        }
        return WordPattern(elements: elements, source: source, location: location)
    }

    private var atEnd: Bool { cursor.position >= end }
    private var current: UInt8 { cursor.bytes[cursor.position] }

    private mutating func skipSpaces() {
        while !atEnd, current == 0x20 || current == 0x09 { cursor.position += 1 }
    }

    /// Elements up to the end, or inside brackets up to the `]` or `|` that closes the branch.
    private mutating func sequence(insideBrackets: Bool) -> [PatternElement] {
        var elements: [PatternElement] = []
        while true {
            skipSpaces()
            if atEnd { return elements }
            if insideBrackets, current == UInt8(ascii: "|") || current == UInt8(ascii: "]") { return elements }
            if current == UInt8(ascii: "]") || current == UInt8(ascii: "|") {
                error("'\(Character(Unicode.Scalar(current)))' without an opening '['", at: cursor.position)
                cursor.position += 1
                continue
            }
            guard let element = item(insideBrackets: insideBrackets) else { continue }
            elements.append(element)
        }
    }

    private mutating func item(insideBrackets: Bool) -> PatternElement? {
        let start = cursor.position
        if current == UInt8(ascii: "!") {
            cursor.position += 1
            if atEnd || current == 0x20 { error("expected a word, a concept or '[' after '!'", at: start); return nil }
            guard let inner = atom() else { return nil }
            if case .gap = inner { error("'!' cannot apply to a gap", at: start); return nil }
            return .not(inner)
        }
        guard let element = atom() else { return nil }
        if !atEnd, current == UInt8(ascii: "?") {
            cursor.position += 1
            if case .gap = element { error("a gap is already optional: '*N' means up to N words", at: start); return nil }
            if case .alternatives(let branches) = element { return .optional([.alternatives(branches)]) }
            return .optional([element])
        }
        return element
    }

    private mutating func atom() -> PatternElement? {
        let start = cursor.position
        switch current {
        case UInt8(ascii: "["):
            cursor.position += 1
            var branches: [[PatternElement]] = []
            while true {
                let branchStart = cursor.position
                let errorsBefore = diagnostics.count
                let branch = sequence(insideBrackets: true)
                let raw = cursor.text(branchStart..<cursor.position).trimmingSpaces
                if branch.isEmpty, Lexicon.articles.contains(raw.lowercased()) {
                    // "[the]": articles are dropped from messages, so the branch is left out.
                } else if branch.isEmpty, diagnostics.count == errorsBefore {
                    error("empty alternative: write a word between '|' and ']'", at: branchStart)
                } else if !branch.isEmpty {
                    branches.append(branch)
                }
                if atEnd { error("'[' is never closed: add ']'", at: start); return nil }
                let mark = current
                cursor.position += 1
                if mark == UInt8(ascii: "]") { break }
            }
            if branches.isEmpty {
                if !atEnd, current == UInt8(ascii: "?") { cursor.position += 1 }
                return nil
            }
            return .alternatives(branches)
        case UInt8(ascii: "~"):
            cursor.position += 1
            let nameStart = cursor.position
            while !atEnd, LineCursor.isNameByte(current), current != UInt8(ascii: ".") { cursor.position += 1 }
            if cursor.position == nameStart { error("expected a concept name after '~'", at: start); return nil }
            return .concept(Named(cursor.text(nameStart..<cursor.position), at: cursor.location(at: start)))
        case UInt8(ascii: "^"):
            cursor.position += 1
            return .start
        case UInt8(ascii: "$"):
            cursor.position += 1
            return .end
        case UInt8(ascii: "\""):
            cursor.position += 1
            let wordStart = cursor.position
            while !atEnd, current != UInt8(ascii: "\"") { cursor.position += 1 }
            if atEnd { error("the quote is never closed: add '\"'", at: start); return nil }
            let quoted = cursor.text(wordStart..<cursor.position)
            let words = Normalizer.normalize(quoted).wordList
            cursor.position += 1
            guard words.count == 1 else {
                error("a quoted word is one word: \"\(quoted)\" reads as \(words.isEmpty ? "no word" : "\"" + words.joined(separator: " ") + "\"")", at: start)
                return nil
            }
            return .exact(words[0])
        case UInt8(ascii: "*"):
            cursor.position += 1
            let digitsStart = cursor.position
            while !atEnd, current >= 0x30, current <= 0x39 { cursor.position += 1 }
            guard cursor.position > digitsStart else { return .gap(Self.defaultGap) }
            let n = Int(cursor.text(digitsStart..<cursor.position)) ?? Int.max
            if n < 1 || n > Self.maxGap { error("a gap is '*1' to '*\(Self.maxGap)' words", at: start); return nil }
            return .gap(n)
        default:
            return word()
        }
    }

    private mutating func word() -> PatternElement? {
        let start = cursor.position
        while !atEnd, !Self.isSyntax(current) { cursor.position += 1 }
        var text = cursor.text(start..<cursor.position)
        if let comma = text.utf8.firstIndex(of: UInt8(ascii: ",")) {
            let column = start + text.utf8.distance(from: text.utf8.startIndex, to: comma)
            error("a comma in a pattern: 'pattern:' holds one pattern; list several with 'keywords:'", at: column)
            return nil
        }
        var isPrefix = false
        if !atEnd, current == UInt8(ascii: "*"), cursor.position > start {
            cursor.position += 1
            isPrefix = true
        }
        if text.isEmpty {
            error("unexpected '\(Character(Unicode.Scalar(current)))'", at: start)
            cursor.position += 1
            return nil
        }
        text = String(text)
        let normalized = Self.plainWord(text) ?? Normalizer.normalize(text).wordList
        if isPrefix {
            let isDigits = normalized.first?.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ?? false
            guard normalized.count == 1, normalized[0].utf8.count >= 3 || isDigits else {
                error("a word beginning needs 3 or more letters (or digits) before '*'", at: start)
                return nil
            }
            return .prefix(normalized[0])
        }
        switch normalized.count {
        case 0: return nil  // an article or punctuation: messages lose it too
        case 1: return .word(normalized[0])
        default: return .alternatives([normalized.map { .word($0) }])
        }
    }

    /// A word of lower-case letters and digits that normalising leaves as it is (not an article, not a contraction
    /// typed without its apostrophe): the word itself, without running the normaliser; nil for any other text.
    static func plainWord(_ text: String) -> [String]? {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) else { return nil }
        if let info = Lexicon.wordInfo.find(bytes), info.isArticle || info.expansionIndex >= 0 { return nil }
        return [text]
    }

    /// Bytes that end a word in a pattern.
    static func isSyntax(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "|")
            || b == UInt8(ascii: "?") || b == UInt8(ascii: "*") || b == UInt8(ascii: "~") || b == UInt8(ascii: "!")
            || b == UInt8(ascii: "^") || b == UInt8(ascii: "$")
    }

    private mutating func error(_ message: String, at position: Int) {
        diagnostics.append(.error(message, at: cursor.location(at: position)))
    }
}

extension PatternElement {
    /// Whether the element always consumes at least one word when it matches.
    var consumesWords: Bool {
        switch self {
        case .word, .prefix, .exact, .concept: return true
        case .alternatives(let branches): return !branches.isEmpty && branches.allSatisfy { $0.contains(where: \.consumesWords) }
        case .optional, .gap, .not, .start, .end: return false
        }
    }
}
