/// Parses the fields of an `intent` block: keywords, regex, unless, negation, match.
enum IntentFieldParser {
    static func parse(_ field: String, _ cursor: inout LineCursor, into intent: inout IntentDecl, diagnostics: inout [Diagnostic]) {
        guard cursor.consume(":") else {
            diagnostics.append(.error("expected ':'", at: cursor.location))
            return
        }
        cursor.skipSpaces()
        let valueLocation = cursor.location
        switch field {
        case "keywords":
            intent.keywords += phrases(&cursor, diagnostics: &diagnostics)
        case "unless":
            intent.exclusions += phrases(&cursor, diagnostics: &diagnostics)
        case "regex":
            let source = cursor.rest.trimmingSpaces
            if source.isEmpty { return diagnostics.append(.error("expected a regular expression after ':'", at: valueLocation)) }
            intent.patterns.append(.init(source: source, location: valueLocation))
        case "negation":
            switch cursor.rest.trimmingSpaces {
            case "cancels": intent.negationCancels = true
            case "ignore": intent.negationCancels = false
            case let other: diagnostics.append(.error("negation is 'cancels' or 'ignore', not '\(other)'", at: valueLocation))
            }
        case "match":
            switch cursor.rest.trimmingSpaces {
            case "anywhere": intent.wholeMessage = false
            case "whole": intent.wholeMessage = true
            case let other: diagnostics.append(.error("match is 'anywhere' or 'whole', not '\(other)'", at: valueLocation))
            }
        case "priority":
            switch cursor.rest.trimmingSpaces {
            case "normal": intent.highPriority = false
            case "high": intent.highPriority = true
            case let other: diagnostics.append(.error("priority is 'normal' or 'high', not '\(other)'", at: valueLocation))
            }
        default:
            break
        }
    }

    /// A comma-separated list of phrases, each with its own location.
    private static func phrases(_ cursor: inout LineCursor, diagnostics: inout [Diagnostic]) -> [IntentDecl.Phrase] {
        var result: [IntentDecl.Phrase] = []
        var start = cursor.position
        var i = cursor.position
        func flush(_ end: Int) {
            let raw = cursor.text(start..<end)
            let leading = raw.prefix { $0 == " " || $0 == "\t" }.count
            let text = raw.trimmingSpaces
            let location = cursor.location(at: start + leading)
            if text.isEmpty {
                diagnostics.append(.error("empty phrase in the list", at: location))
            } else {
                result.append(.init(text: text, location: location))
            }
        }
        while i < cursor.count {
            if cursor.bytes[i] == UInt8(ascii: ",") { flush(i); start = i + 1 }
            i += 1
        }
        flush(cursor.count)
        cursor.position = cursor.count
        return result
    }
}
