import CoachCore

/// One example: a message that must (or must not) match an intent, or decide the turn in given states.
public struct ExampleCase: Sendable, Equatable {
    /// The intent; `a, b: message` names several (one of them must match; with `not`, none may).
    public var intent: Named
    /// Every intent named, the first being `intent`.
    public var intents: [Named]
    /// False for `not INTENT: message`.
    public var mustMatch: Bool
    /// True for `known ...`: a known limit of the content, reported but not counted as a failure
    /// (and reported as "now holds" once it does, so the mark can be removed).
    public var isKnownMiss = false
    public var text: String
    /// The states of the `in` line above it; empty: the message must (not) match, whatever the state.
    public var states: [Named]
    public var location: SourceLocation

    public init(intents: [Named], mustMatch: Bool, text: String, states: [Named] = [], location: SourceLocation) {
        self.intent = intents[0]
        self.intents = intents
        self.mustMatch = mustMatch
        self.text = text
        self.states = states
        self.location = location
    }
}

/// A `*.examples` file: `in STATE` lines, then `INTENT: message` and `not INTENT: message` lines;
/// `known` before either marks a known limit (reported, not counted as a failure).
/// `in a, b` names several states (each line below is checked in each); `in` lines in a row add up.
public struct ExampleFile: Sendable {
    /// The extension of example files.
    public static let fileExtension = "examples"

    public var path: String
    public var cases: [ExampleCase] = []
    /// The states of every `in` line.
    public var states: [Named] = []

    public init(path: String) { self.path = path }

    /// Parses a file's text; every mistake is reported at its line and column.
    public static func parse(_ text: String, path: String) -> (ExampleFile, [Diagnostic]) {
        var file = ExampleFile(path: path)
        var diagnostics: [Diagnostic] = []
        var states: [Named] = []
        var afterIn = false
        for (index, raw) in text.sourceLines.enumerated() {
            let line = Array(String(raw).unicodeScalars.map(Character.init))
            let here = { (column: Int) in SourceLocation(file: path, line: index + 1, column: column + 1) }
            var i = 0
            while i < line.count, line[i] == " " || line[i] == "\t" { i += 1 }
            if i == line.count || line[i] == "#" { continue }
            var rest = String(line[i...]).trimmingSpaces
            if rest == "in" || rest.hasPrefix("in ") || rest.hasPrefix("in\t") {
                if !afterIn { states = [] }
                afterIn = true
                var j = i + 2
                while j <= line.count {
                    while j < line.count, line[j] == " " || line[j] == "\t" { j += 1 }
                    let start = j
                    while j < line.count, line[j] != "," { j += 1 }
                    let name = String(line[start..<j]).trimmingSpaces
                    if name.isEmpty, j >= line.count, start > i + 2 {
                        break  // a trailing comma: the list goes on in the next 'in' line
                    } else if name.isEmpty {
                        diagnostics.append(.error("expected a state name after 'in'", at: here(start)))
                    } else if !name.allSatisfy(isNameCharacter) {
                        diagnostics.append(.error("'\(name)' is not a state name", at: here(start)))
                    } else {
                        states.append(Named(name, at: here(start)))
                        file.states.append(Named(name, at: here(start)))
                    }
                    j += 1
                }
                continue
            }
            afterIn = false
            var mustMatch = true
            var start = i
            var isKnownMiss = false
            if rest.hasPrefix("known ") {
                isKnownMiss = true
                start = i + 5
                while start < line.count, line[start] == " " || line[start] == "\t" { start += 1 }
                rest = String(line[start...]).trimmingSpaces
            }
            if rest.hasPrefix("not ") || rest.hasPrefix("not\t") {
                mustMatch = false
                start += 3
                while start < line.count, line[start] == " " || line[start] == "\t" { start += 1 }
            }
            var intents: [Named] = []
            var end = start
            var colon = start
            var failed = false
            while true {
                while end < line.count, line[end] == " " { end += 1 }
                let nameStart = end
                while end < line.count, isNameCharacter(line[end]) { end += 1 }
                guard end > nameStart else {
                    diagnostics.append(.error("expected 'INTENT: message', 'not INTENT: message' or 'in STATE'", at: here(nameStart)))
                    failed = true
                    break
                }
                intents.append(Named(String(line[nameStart..<end]), at: here(nameStart)))
                colon = end
                while colon < line.count, line[colon] == " " { colon += 1 }
                if colon < line.count, line[colon] == "," {
                    end = colon + 1
                    continue
                }
                guard colon < line.count, line[colon] == ":" else {
                    diagnostics.append(.error("expected ':' after the intent name '\(intents.last!.name)'", at: here(end)))
                    failed = true
                    break
                }
                break
            }
            if failed { continue }
            let message = String(line[(colon + 1)...]).trimmingSpaces
            if message.isEmpty {
                diagnostics.append(.error("expected a message after ':'", at: here(colon + 1)))
                continue
            }
            var example = ExampleCase(intents: intents, mustMatch: mustMatch, text: message, states: states, location: here(i))
            example.isKnownMiss = isKnownMiss
            file.cases.append(example)
        }
        return (file, diagnostics)
    }

    /// Names of intents and states: letters, digits, `_`, `-` and `.`.
    static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "-" || c == "."
    }

    /// Unknown intents and states, with "did you mean".
    public func check(against brain: Brain) -> [Diagnostic] {
        let intents = brain.intents.map(\.name)
        let states = brain.states.map(\.name)
        var diagnostics: [Diagnostic] = []
        var reported: Set<SourceLocation> = []
        for example in cases {
            for intent in example.intents where brain.intentID(intent.name) == nil {
                diagnostics.append(.error("unknown intent '\(intent.name)'" + Suggestion.hint(for: intent.name, in: intents), at: intent.location))
            }
        }
        for state in self.states where brain.stateID(state.name) == nil && reported.insert(state.location).inserted {
            diagnostics.append(.error("unknown state '\(state.name)'" + Suggestion.hint(for: state.name, in: states), at: state.location))
        }
        return diagnostics
    }
}
