/// Parses the fields of a `frame` block: scope, keywords, pattern, unless, undone by.
enum FrameFieldParser {
    static let fields = ["scope", "keywords", "pattern", "unless", "undone by"]

    static func parse(_ field: String, _ cursor: inout LineCursor, into frame: inout FrameDecl, diagnostics: inout [Diagnostic]) {
        guard cursor.expect(":", "expected ':'", into: &diagnostics) else { return }
        cursor.skipSpaces()
        switch field {
        case "scope":
            let location = cursor.location
            let words = cursor.rest.trimmingSpaces.split(separator: " ").map(String.init)
            switch (words.first, words.count) {
            case ("clause", 1): frame.scope = .clause
            case ("sentence", 1): frame.scope = .sentence
            case ("message", 1): frame.scope = .message
            case ("rest", 3) where words[1] == "of" && words[2] == "clause": frame.scope = .restOfClause
            case ("rest", 3) where words[1] == "of" && words[2] == "sentence": frame.scope = .restOfSentence
            case ("ahead", 2):
                guard let n = Int(words[1]), (1...8).contains(n) else {
                    return diagnostics.append(.error("'ahead' takes a number of words from 1 to 8", at: location))
                }
                frame.scope = .ahead(n)
            default:
                diagnostics.append(.error("scope is 'clause', 'sentence', 'message', 'rest of clause', 'rest of sentence' or 'ahead N', not '\(cursor.rest.trimmingSpaces)'", at: location))
            }
        case "keywords":
            frame.keywords += PatternListParser.parse(&cursor, diagnostics: &diagnostics)
        case "unless":
            frame.exclusions += PatternListParser.parse(&cursor, diagnostics: &diagnostics)
        case "undone by":
            frame.undoers += PatternListParser.parse(&cursor, diagnostics: &diagnostics)
        case "pattern":
            if let pattern = PatternListParser.parseOne(&cursor, diagnostics: &diagnostics) { frame.patterns.append(pattern) }
        default:
            break
        }
    }
}
