/// Parses the rest of a line as text with `{slot}` holes; `{{` and `}}` stand for literal braces.
enum TemplateParser {
    static func parse(_ cursor: inout LineCursor, diagnostics: inout [Diagnostic]) -> Template? {
        let start = cursor.location
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var segments: [Template.Segment] = []
        var text: [UInt8] = []
        var i = cursor.position
        func flushText() {
            if !text.isEmpty { segments.append(.text(String(decoding: text, as: UTF8.self))); text = [] }
        }
        while i < cursor.count {
            let c = cursor.bytes[i]
            if c == open, cursor.byte(at: i + 1) == open { text.append(open); i += 2; continue }
            if c == close, cursor.byte(at: i + 1) == close { text.append(close); i += 2; continue }
            if c == close {
                diagnostics.append(.error("unmatched '}'; write '}}' for a literal brace", at: cursor.location(at: i)))
                return nil
            }
            if c == open {
                var j = i + 1
                while j < cursor.count, LineCursor.isNameByte(cursor.bytes[j]) { j += 1 }
                guard cursor.byte(at: j) == close, j > i + 1 else {
                    diagnostics.append(.error("expected a slot name and '}' after '{'; write '{{' for a literal brace", at: cursor.location(at: i)))
                    return nil
                }
                flushText()
                segments.append(.slot(Named(cursor.text((i + 1)..<j), at: cursor.location(at: i + 1))))
                i = j + 1
                continue
            }
            text.append(c)
            i += 1
        }
        while let last = text.last, last == 0x20 || last == 0x09 { text.removeLast() }
        flushText()
        cursor.position = cursor.count
        return Template(segments: segments, location: start)
    }
}
