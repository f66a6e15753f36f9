extension LineCursor {
    /// The character at the position, or nil at the end.
    public var current: Character? { isAtEnd ? nil : String(decoding: bytes[position...], as: UTF8.self).first }

    /// True when the byte at the position is the ASCII character `ascii`.
    public func isAt(_ ascii: Unicode.Scalar) -> Bool { byte(at: position) == UInt8(ascii: ascii) }

    /// The rest of the line without surrounding spaces, and where it starts; the cursor moves to the end.
    public mutating func readRest() -> (text: String, location: SourceLocation) {
        skipSpaces()
        let start = location
        let text = rest.trimmingSpaces
        position = count
        return (text, start)
    }

    /// The rest of the line split at the ASCII `separator`, each piece trimmed, with where each starts.
    public mutating func readList(separatedBy separator: Unicode.Scalar) -> [Named] {
        var pieces: [Named] = []
        var start = min(position, count)
        func add(_ end: Int) {
            var first = start
            while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            pieces.append(Named(text(first..<end).trimmingSpaces, at: location(at: first)))
        }
        for index in start..<count where bytes[index] == UInt8(ascii: separator) {
            add(index)
            start = index + 1
        }
        add(count)
        position = count
        return pieces
    }
}
