/// Parses one `field-name ":" OWS field-value OWS` line (RFC 9112 section 5).
enum HeaderFieldParser {
    /// Rejects obs-fold (leading whitespace), whitespace before the colon and control characters.
    static func parse(_ line: Slice<UnsafeBufferPointer<UInt8>>) throws -> (name: String, value: String) {
        guard let colon = line.firstIndex(of: ASCII.colon), colon > line.startIndex else {
            throw HTTPParseError.malformedHeader
        }
        let name = line[line.startIndex..<colon]
        guard name.allSatisfy({ ASCII.isTokenByte[Int($0)] }) else { throw HTTPParseError.malformedHeader }
        var valueStart = colon + 1
        var valueEnd = line.endIndex
        while valueStart < valueEnd, isOWS(line[valueStart]) { valueStart += 1 }
        while valueEnd > valueStart, isOWS(line[valueEnd - 1]) { valueEnd -= 1 }
        let value = line[valueStart..<valueEnd]
        guard value.allSatisfy(ASCII.isFieldValueByte) else { throw HTTPParseError.malformedHeader }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    private static func isOWS(_ b: UInt8) -> Bool { b == ASCII.space || b == ASCII.tab }
}
