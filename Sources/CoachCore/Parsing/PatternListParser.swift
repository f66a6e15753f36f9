/// Reads the comma-separated word patterns of a `keywords:`, `unless:` or concept line.
enum PatternListParser {
    /// Parses from the cursor to the end of the line; each item keeps its own location.
    static func parse(_ cursor: inout LineCursor, diagnostics: inout [Diagnostic]) -> [WordPattern] {
        var result: [WordPattern] = []
        var start = cursor.position
        var depth = 0
        func flush(_ end: Int) {
            var item = cursor
            item.position = start
            item.skipSpaces()
            if item.position >= end || cursor.text(item.position..<end).trimmingSpaces.isEmpty {
                if end < cursor.count || result.isEmpty { diagnostics.append(.error("empty item in the list", at: item.location)) }
                return
            }
            if let pattern = WordPatternParser.parse(item, upTo: end, diagnostics: &diagnostics) { result.append(pattern) }
        }
        var i = cursor.position
        while i < cursor.count {
            switch cursor.bytes[i] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ",") where depth <= 0: flush(i); start = i + 1
            default: break
            }
            i += 1
        }
        flush(cursor.count)
        cursor.position = cursor.count
        return result
    }

    /// Parses the rest of the line as one pattern.
    static func parseOne(_ cursor: inout LineCursor, diagnostics: inout [Diagnostic]) -> WordPattern? {
        cursor.skipSpaces()
        if cursor.isAtEnd {
            diagnostics.append(.error("expected a pattern after ':'", at: cursor.location))
            return nil
        }
        let pattern = WordPatternParser.parse(cursor, upTo: cursor.count, diagnostics: &diagnostics)
        cursor.position = cursor.count
        return pattern
    }
}
