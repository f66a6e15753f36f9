/// Reads one line of a dialogue script, a transcript or an example file left to right over its UTF-8 bytes,
/// knowing the column (in characters) of everything it reads: the one parser toolkit of every file format.
/// Bytes keep parsing fast; columns are counted in characters only for lines that are not plain ASCII.
public struct LineCursor {
    /// The file the line is in, for locations.
    public let file: String
    /// The line's number, from 1.
    public let line: Int
    /// The line's UTF-8 bytes, without its line end.
    public let bytes: [UInt8]
    private let isASCII: Bool
    /// The index of the next byte to read.
    public var position: Int

    /// A cursor over `text`, line `line` of `file`, at byte `position`.
    public init(file: String, line: Int, text: Substring, position: Int = 0) {
        self.file = file
        self.line = line
        self.bytes = Array(text.utf8)
        self.isASCII = !bytes.contains { $0 >= 0x80 }
        self.position = position
    }

    /// How many bytes the line has.
    public var count: Int { bytes.count }
    /// True when everything has been read.
    public var isAtEnd: Bool { position >= bytes.count }
    /// Where the cursor is.
    public var location: SourceLocation { location(at: position) }
    /// The text from the cursor to the end of the line.
    public var rest: String { text(min(position, bytes.count)..<bytes.count) }

    /// The byte at `index`, or nil past the end.
    public func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    /// The text of a byte range.
    public func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Where byte `index` is (its column counted in characters).
    public func location(at index: Int) -> SourceLocation {
        let column = isASCII ? index + 1 : String(decoding: bytes[..<min(index, bytes.count)], as: UTF8.self).count + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Moves past spaces and tabs.
    public mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    }

    /// Reads a name (letters, digits, `_`, `-`, `.`, or a leading `@`), or nil without moving.
    public mutating func readName() -> Named? {
        skipSpaces()
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "@") { position += 1 }
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        if position == start || (position == start + 1 && bytes[start] == UInt8(ascii: "@")) {
            position = start
            return nil
        }
        return Named(text(start..<position), at: location(at: start))
    }

    /// Consumes `literal` after optional spaces; false (without moving) if it is not there.
    public mutating func consume(_ literal: StaticString) -> Bool {
        let saved = position
        skipSpaces()
        let matched = literal.withUTF8Buffer { needle -> Bool in
            guard position + needle.count <= bytes.count else { return false }
            for (k, byte) in needle.enumerated() where bytes[position + k] != byte { return false }
            position += needle.count
            return true
        }
        if !matched { position = saved }
        return matched
    }

    /// Consumes a whole word (not followed by a name character).
    public mutating func consumeWord(_ word: StaticString) -> Bool {
        let saved = position
        guard consume(word) else { return false }
        if position < bytes.count, Self.isNameByte(bytes[position]) { position = saved; return false }
        return true
    }

    /// The index of the first occurrence of `literal` at or after the position.
    public func find(_ literal: StaticString) -> Int? {
        literal.withUTF8Buffer { needle -> Int? in
            guard needle.count <= bytes.count else { return nil }
            var i = position
            while i + needle.count <= bytes.count {
                var k = 0
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
                i += 1
            }
            return nil
        }
    }

    /// Letters, digits, `_`, `-`, `.`, and any non-ASCII byte (so names may use accented letters).
    public static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b >= 0x80
    }
}
