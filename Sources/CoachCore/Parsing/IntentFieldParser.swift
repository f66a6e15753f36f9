/// Parses the fields of an `intent` block.
enum IntentFieldParser {
    static func parse(_ field: String, _ cursor: inout LineCursor, into intent: inout IntentDecl, diagnostics: inout [Diagnostic]) {
        guard cursor.expect(":", "expected ':'", into: &diagnostics) else { return }
        cursor.skipSpaces()
        let valueLocation = cursor.location
        let value = cursor.rest.trimmingSpaces
        func choose(_ options: [String: Bool], _ name: String, _ apply: (Bool) -> Void) {
            if let flag = options[value] { return apply(flag) }
            let names = options.keys.sorted().map { "'\($0)'" }.joined(separator: " or ")
            diagnostics.append(.error("\(name) is \(names), not '\(value)'", at: valueLocation))
        }
        switch field {
        case "keywords":
            intent.keywords += PatternListParser.parse(&cursor, diagnostics: &diagnostics)
        case "unless":
            intent.exclusions += PatternListParser.parse(&cursor, diagnostics: &diagnostics)
        case "pattern":
            if let pattern = PatternListParser.parseOne(&cursor, diagnostics: &diagnostics) { intent.wordPatterns.append(pattern) }
        case "regex":
            if value.isEmpty { return diagnostics.append(.error("expected a regular expression after ':'", at: valueLocation)) }
            intent.regexes.append(.init(source: value, location: valueLocation))
        case "like":
            guard let name = cursor.readName() else { return diagnostics.append(.error("expected an intent name after 'like:'", at: valueLocation)) }
            intent.like = name
            cursor.skipSpaces()
            if !cursor.isAtEnd { diagnostics.append(.error("'like:' takes one intent name, not '\(cursor.rest.trimmingSpaces)'", at: cursor.location)) }
        case "not in", "only in":
            let names = NameListParser.parse(&cursor, what: "a frame name", diagnostics: &diagnostics)
            if field == "not in" { intent.cancellingFrames += names } else { intent.requiredFrames += names }
        case "example", "not example":
            if value.isEmpty { return diagnostics.append(.error("expected a message after ':'", at: valueLocation)) }
            let example = IntentDecl.Example(text: value, location: valueLocation)
            if field == "example" { intent.examples.append(example) } else { intent.counterexamples.append(example) }
        case "negation":
            choose(["cancels": true, "ignore": false], "negation") { intent.negationCancels = $0 }
        case "match":
            choose(["anywhere": false, "whole": true], "match") { intent.wholeMessage = $0 }
        case "priority":
            choose(["normal": false, "high": true], "priority") { intent.highPriority = $0 }
        case "heard in labels":
            choose(["no": false, "yes": true], "heard in labels") { intent.heardInLabels = $0 }
        default:
            break
        }
    }
}

/// A comma-separated list of names (frames, tags, intents).
enum NameListParser {
    static func parse(_ cursor: inout LineCursor, what: String, diagnostics: inout [Diagnostic]) -> [Named] {
        var names: [Named] = []
        repeat {
            cursor.skipSpaces()
            guard let name = cursor.readName() else {
                diagnostics.append(.error("expected \(what)", at: cursor.location))
                return names
            }
            names.append(name)
        } while cursor.consume(",")
        cursor.skipSpaces()
        if !cursor.isAtEnd { diagnostics.append(.error("unexpected text '\(cursor.rest.trimmingSpaces)'", at: cursor.location)) }
        return names
    }
}
