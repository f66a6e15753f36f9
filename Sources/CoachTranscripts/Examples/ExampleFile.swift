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
/// `group NAME = a, b, c` names a list of intents once; `NAME: message` below it stands for all of them.
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
        var groups: [String: [Named]] = [:]
        var afterIn = false
        for (index, raw) in text.sourceLines.enumerated() {
            var cursor = LineCursor(file: path, line: index + 1, text: raw)
            cursor.skipSpaces()
            if cursor.isAtEnd || cursor.isAt("#") { continue }
            let start = cursor.location
            let first = cursor.position
            if cursor.consume("in"), cursor.isAtEnd || cursor.isAt(" ") || cursor.isAt("\t") {
                if !afterIn { states = [] }
                afterIn = true
                for named in parseStates(&cursor, into: &diagnostics) {
                    states.append(named)
                    file.states.append(named)
                }
                continue
            }
            cursor.position = first
            if cursor.consumeWord("group"), let name = cursor.readName(), cursor.consume("=") {
                afterIn = false
                if groups[name.name] != nil {
                    diagnostics.append(.error("group '\(name.name)' is defined twice", at: name.location))
                }
                groups[name.name] = parseGroup(&cursor, groups: groups, into: &diagnostics)
                continue
            }
            cursor.position = first
            afterIn = false
            let isKnownMiss = cursor.consume("known ")
            let mustMatch = !(cursor.consume("not ") || cursor.consume("not\t"))
            guard let (named, message) = parseExample(&cursor, into: &diagnostics) else { continue }
            let intents = expand(named, groups: groups)
            var example = ExampleCase(intents: intents, mustMatch: mustMatch, text: message, states: states, location: start)
            example.isKnownMiss = isKnownMiss
            file.cases.append(example)
        }
        return (file, diagnostics)
    }

    /// The states of an `in` line, after `in`; a trailing comma continues the list on the next `in` line.
    private static func parseStates(_ cursor: inout LineCursor, into diagnostics: inout [Diagnostic]) -> [Named] {
        readNames(&cursor, noun: "a state", missing: "expected a state name after 'in'", trailingComma: true, into: &diagnostics)
    }

    /// The intents of `group NAME = a, b, c`, after `=`; earlier groups may be named among them.
    private static func parseGroup(_ cursor: inout LineCursor, groups: [String: [Named]], into diagnostics: inout [Diagnostic]) -> [Named] {
        let members = readNames(&cursor, noun: "an intent", missing: "expected an intent name in the group", trailingComma: false,
                                into: &diagnostics)
        return expand(members, groups: groups)
    }

    /// A comma-separated list of names; an empty or malformed one is reported. With `trailingComma`, a last empty
    /// piece after a comma is allowed (the list goes on on the next line).
    private static func readNames(_ cursor: inout LineCursor, noun: String, missing: String, trailingComma: Bool,
                                  into diagnostics: inout [Diagnostic]) -> [Named] {
        let pieces = cursor.readList(separatedBy: ",")
        var names: [Named] = []
        for (k, piece) in pieces.enumerated() {
            if trailingComma, piece.name.isEmpty, k > 0, k == pieces.count - 1 { break }
            if piece.name.isEmpty {
                diagnostics.append(.error(missing, at: piece.location))
            } else if !piece.name.allSatisfy(isNameCharacter) {
                diagnostics.append(.error("'\(piece.name)' is not \(noun) name", at: piece.location))
            } else {
                names.append(piece)
            }
        }
        return names
    }

    /// Names with every group replaced by its intents, each intent once, in order.
    private static func expand(_ names: [Named], groups: [String: [Named]]) -> [Named] {
        var seen: Set<String> = []
        return names.flatMap { groups[$0.name] ?? [$0] }.filter { seen.insert($0.name).inserted }
    }

    /// `INTENT: message` or `a, b: message` (after `known` and `not`): the intents and the message, or nil (reported).
    private static func parseExample(_ cursor: inout LineCursor, into diagnostics: inout [Diagnostic]) -> ([Named], String)? {
        var intents: [Named] = []
        while true {
            cursor.skipSpaces()
            guard !cursor.isAt("@"), let name = cursor.readName(), name.name.allSatisfy(isNameCharacter) else {
                diagnostics.append(.error("expected 'INTENT: message', 'not INTENT: message' or 'in STATE'", at: cursor.location))
                return nil
            }
            intents.append(name)
            let end = cursor.location
            if cursor.consume(",") { continue }
            guard cursor.consume(":") else {
                diagnostics.append(.error("expected ':' after the intent name '\(name.name)'", at: end))
                return nil
            }
            break
        }
        let afterColon = cursor.location
        let message = cursor.rest.trimmingSpaces
        guard !message.isEmpty else {
            diagnostics.append(.error("expected a message after ':'", at: afterColon))
            return nil
        }
        return (intents, message)
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
            // A group's intents are reported once, at the group line.
            for intent in example.intents where brain.intentID(intent.name) == nil && reported.insert(intent.location).inserted {
                diagnostics.append(.error("unknown intent '\(intent.name)'" + Suggestion.hint(for: intent.name, in: intents), at: intent.location))
            }
        }
        for state in self.states where brain.stateID(state.name) == nil && reported.insert(state.location).inserted {
            diagnostics.append(.error("unknown state '\(state.name)'" + Suggestion.hint(for: state.name, in: states), at: state.location))
        }
        return diagnostics
    }
}
