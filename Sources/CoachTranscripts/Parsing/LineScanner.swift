import CoachCore

/// Reads one transcript line left to right, knowing the column of everything it reads.
struct LineScanner {
    let file: String
    let line: Int
    let chars: [Character]
    var position = 0

    init(file: String, line: Int, text: Substring) {
        self.file = file
        self.line = line
        self.chars = Array(text)
    }

    var isAtEnd: Bool { position >= chars.count }
    var current: Character? { position < chars.count ? chars[position] : nil }
    var location: SourceLocation { location(at: position) }

    func location(at index: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: index + 1)
    }

    mutating func skipSpaces() {
        while let c = current, c == " " || c == "\t" { position += 1 }
    }

    /// A word of letters, digits, `_`, `-` and `.`, with an optional leading `@`; nil without moving.
    mutating func readName() -> Named? {
        skipSpaces()
        let start = position
        if current == "@" { position += 1 }
        while let c = current, Self.isNameCharacter(c) { position += 1 }
        if position == start || (position == start + 1 && chars[start] == "@") {
            position = start
            return nil
        }
        return Named(String(chars[start..<position]), at: location(at: start))
    }

    /// Consumes `character` after optional spaces; false (without moving) if it is not there.
    mutating func consume(_ character: Character) -> Bool {
        let saved = position
        skipSpaces()
        if current == character { position += 1; return true }
        position = saved
        return false
    }

    /// The rest of the line without surrounding spaces, and where it starts.
    mutating func readRest() -> (text: String, location: SourceLocation) {
        skipSpaces()
        let start = location
        let text = String(chars[min(position, chars.count)...]).trimmingSpaces
        position = chars.count
        return (text, start)
    }

    /// Pieces of the rest of the line split at `separator`, each trimmed, with where each starts.
    mutating func readList(separatedBy separator: Character) -> [Named] {
        var pieces: [Named] = []
        var start = position
        var index = position
        func add(_ end: Int) {
            var s = start
            while s < end, chars[s] == " " || chars[s] == "\t" { s += 1 }
            pieces.append(Named(String(chars[s..<end]).trimmingSpaces, at: location(at: s)))
        }
        while index < chars.count {
            if chars[index] == separator {
                add(index)
                start = index + 1
            }
            index += 1
        }
        add(chars.count)
        position = chars.count
        return pieces
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "-" || c == "."
    }
}

extension String {
    /// Each line trimmed of surrounding spaces, so indentation and trailing spaces never decide a test.
    var trimmedLines: String {
        guard contains("\n") || first == " " || last == " " || first == "\t" || last == "\t" else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }.joined(separator: "\n")
    }
}
