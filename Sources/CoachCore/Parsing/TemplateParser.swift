/// Parses the rest of a line as text with `{slot}` holes; `{{` and `}}` stand for literal braces.
enum TemplateParser {
    static func parse(_ cursor: inout LineCursor, diagnostics: inout [Diagnostic]) -> Template? {
        let start = cursor.location
        var segments: [Template.Segment] = []
        var text = ""
        let chars = cursor.chars
        var i = cursor.position
        while i < chars.count {
            let c = chars[i]
            if c == "{", i + 1 < chars.count, chars[i + 1] == "{" { text.append("{"); i += 2; continue }
            if c == "}", i + 1 < chars.count, chars[i + 1] == "}" { text.append("}"); i += 2; continue }
            if c == "}" {
                diagnostics.append(.error("unmatched '}'; write '}}' for a literal brace", at: cursor.location(at: i)))
                return nil
            }
            if c == "{" {
                var j = i + 1
                while j < chars.count, LineCursor.isNameCharacter(chars[j]) { j += 1 }
                guard j < chars.count, chars[j] == "}", j > i + 1 else {
                    diagnostics.append(.error("expected a slot name and '}' after '{'; write '{{' for a literal brace", at: cursor.location(at: i)))
                    return nil
                }
                if !text.isEmpty { segments.append(.text(text)); text = "" }
                segments.append(.slot(Named(String(chars[(i + 1)..<j]), at: cursor.location(at: i + 1))))
                i = j + 1
                continue
            }
            text.append(c)
            i += 1
        }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        if !text.isEmpty { segments.append(.text(text)) }
        cursor.position = chars.count
        return Template(segments: segments, location: start)
    }
}
