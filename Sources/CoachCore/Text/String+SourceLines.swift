extension String {
    /// The lines of a source file, for LF, CRLF and lone CR endings alike, without a leading byte-order mark.
    /// (Split over UTF-8 bytes: Swift treats "\r\n" as one character, and bytes are much faster.)
    public var sourceLines: [Substring] {
        var lines: [Substring] = []
        let utf8 = self.utf8
        var start = utf8.startIndex
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { start = utf8.index(start, offsetBy: 3) }
        var i = start
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A || byte == 0x0D {
                lines.append(self[start..<i])
                var next = utf8.index(after: i)
                if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                i = next
            } else {
                i = utf8.index(after: i)
            }
        }
        lines.append(self[start..<utf8.endIndex])
        return lines
    }
}
