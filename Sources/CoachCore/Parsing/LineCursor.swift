/// Reads one script line left to right, knowing the column of everything it reads.
struct LineCursor {
    let file: String
    let line: Int
    let chars: [Character]
    var position: Int

    init(file: String, line: Int, text: Substring, position: Int = 0) {
        self.file = file
        self.line = line
        self.chars = Array(text)
        self.position = position
    }

    var isAtEnd: Bool { position >= chars.count }
    var location: SourceLocation { location(at: position) }
    var rest: String { String(chars[min(position, chars.count)...]) }

    func location(at index: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: index + 1)
    }

    mutating func skipSpaces() {
        while position < chars.count, chars[position] == " " || chars[position] == "\t" { position += 1 }
    }

    /// Reads a name (letters, digits, `_`, `-`, `.`, or a leading `@`), or nil without moving.
    mutating func readName() -> Named? {
        skipSpaces()
        let start = position
        if position < chars.count, chars[position] == "@" { position += 1 }
        while position < chars.count, Self.isNameCharacter(chars[position]) { position += 1 }
        if position == start || (position == start + 1 && chars[start] == "@") {
            position = start
            return nil
        }
        return Named(String(chars[start..<position]), at: location(at: start))
    }

    /// Consumes `literal` after optional spaces; false (without moving) if it is not there.
    mutating func consume(_ literal: String) -> Bool {
        let saved = position
        skipSpaces()
        for character in literal {
            guard position < chars.count, chars[position] == character else { position = saved; return false }
            position += 1
        }
        return true
    }

    /// Consumes a whole word (not followed by a name character).
    mutating func consumeWord(_ word: String) -> Bool {
        let saved = position
        guard consume(word) else { return false }
        if position < chars.count, Self.isNameCharacter(chars[position]) { position = saved; return false }
        return true
    }

    /// The index of the first occurrence of `literal` at or after the position.
    func find(_ literal: String) -> Int? {
        let needle = Array(literal)
        guard needle.count <= chars.count else { return nil }
        var i = position
        while i + needle.count <= chars.count {
            if Array(chars[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "-" || c == "."
    }
}
