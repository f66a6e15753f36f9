import Foundation

/// Every diagnostic of the dialogue language with its stable code, in one place: `E` for errors, `W` for
/// warnings. Codes never change meaning; a retired code is not reused. The README lists them.
///
/// A diagnostic gets its code from the first entry whose template its message fits (`{}` stands for
/// any text), so the places that report problems stay plain.
public enum DiagnosticCatalogue {
    /// One kind of diagnostic.
    public struct Entry: Sendable {
        public let code: String
        public let template: String
        /// What it means, for the README's table.
        public let summary: String
    }

    public static let entries: [Entry] = [
        // Files
        .init(code: "E0001", template: "no dialogue folder at {}", summary: "the dialogue folder does not exist"),
        .init(code: "E0002", template: "no such file {}", summary: "an included file does not exist"),
        .init(code: "E0002", template: "cannot read {}", summary: "an included file cannot be read"),
        .init(code: "E0003", template: "file is not valid UTF-8", summary: "a file is not UTF-8 text"),
        .init(code: "E0004", template: "include cycle: {}", summary: "files include each other in a circle"),
        .init(code: "W0001", template: "'{}' is never included from {}", summary: "a .coach file in the folder is never included"),
        // Lines and fields
        .init(code: "E0101", template: "unknown directive {}", summary: "a top-level word that is not a directive"),
        .init(code: "E0102", template: "unknown {} field {}", summary: "a field that intents, states or frames do not have"),
        .init(code: "E0103", template: "'{}' belongs in an {}, not a {}", summary: "an intent field under a state, or a state field under an intent"),
        .init(code: "E0104", template: "'{}' must be indented under {}", summary: "a field written at the start of the line"),
        .init(code: "E0104", template: "'{}' is indented but not under {}", summary: "an indented line with nothing above it"),
        .init(code: "E0105", template: "a second '{}'", summary: "a line that may appear once appears twice"),
        .init(code: "E0106", template: "'or' adds a variant to the 'say' above it{}", summary: "'or' without a 'say' above it"),
        .init(code: "E0107", template: "unknown built-in target {}", summary: "a target starting with '@' that does not exist"),
        .init(code: "E0108", template: "{} is {}, not '{}'", summary: "a field's value is not one of the allowed words"),
        .init(code: "E0109", template: "'ahead' takes a number of words{}", summary: "a frame's 'ahead N' is out of range"),
        .init(code: "E0110", template: "unmatched '}'{}", summary: "a lone '}' in a message"),
        .init(code: "E0111", template: "'{}' cannot be used in a block{}", summary: "a field that blocks do not take"),
        .init(code: "E0112", template: "empty item in the list", summary: "two commas in a row in a list"),
        .init(code: "E0113", template: "unexpected {}", summary: "text where the line should end"),
        .init(code: "E0114", template: "expected a slot name and '}' after '{'{}", summary: "a '{' in a message without a slot name"),
        .init(code: "E0115", template: "expected '->' and a target{}", summary: "a choice without '->'"),
        .init(code: "E0116", template: "expected ':'{}", summary: "a field without ':'"),
        .init(code: "E0117", template: "expected a regular expression{}", summary: "'regex:' with nothing after it"),
        .init(code: "E0118", template: "expected a word, a concept or '[' after '!'", summary: "'!' with nothing after it"),
        .init(code: "E0119", template: "expected a concept name after '~'", summary: "'~' with no name"),
        .init(code: "E0121", template: "'like:' takes one intent name{}", summary: "'like:' with more than one name"),
        .init(code: "E0122", template: "a concept lists its members without a field name{}", summary: "'keywords:' or another field under a concept"),
        .init(code: "E0120", template: "expected {}", summary: "something is missing on the line (the message says what)"),
        // Names
        .init(code: "E0201", template: "unknown state {}", summary: "a target or 'start' names no state"),
        .init(code: "E0202", template: "unknown intent {}", summary: "an 'on', 'interrupt' or 'like:' names no intent"),
        .init(code: "E0203", template: "unknown frame {}", summary: "'not in:' or 'only in:' names no frame"),
        .init(code: "E0204", template: "unknown block {}", summary: "'use:' names no block"),
        .init(code: "E0205", template: "unknown concept {}", summary: "'~name' names no concept"),
        .init(code: "E0206", template: "{} '{}' is defined twice", summary: "two intents, states, frames, blocks or concepts of one name"),
        .init(code: "E0207", template: "no 'start' line{}", summary: "the script does not say where to begin"),
        .init(code: "E0208", template: "'like:' goes round in a circle{}", summary: "intents are 'like' each other in a circle"),
        .init(code: "E0209", template: "concepts include each other: {}", summary: "concepts include each other in a circle"),
        .init(code: "E0209", template: "concept '{}' uses itself", summary: "a concept includes itself"),
        .init(code: "E0210", template: "block '{}' takes {} argument(s), not {}", summary: "'use:' with the wrong number of arguments"),
        .init(code: "E0211", template: "choice '{}' is offered twice in state '{}'", summary: "two choices of one state with the same words"),
        .init(code: "E0212", template: "slot '{}' is read but never set{}", summary: "a slot used in text or a condition is never set"),
        .init(code: "E0213", template: "'goto: @repeat' loops forever{}", summary: "a state that re-enters itself at once"),
        .init(code: "E0214", template: "'goto' loops forever: {}", summary: "'goto' lines that go round in a circle"),
        .init(code: "E0215", template: "'{}' is taught by no learn file", summary: "'doubt ... unless NAME' names an intent no learn file teaches"),
        .init(code: "E0216", template: "'{}' has no interrupt line to doubt", summary: "'doubt' names an intent that is not an interrupt"),
        .init(code: "E0217", template: "'{}' is doubted twice", summary: "two 'doubt' lines for one interrupt"),
        .init(code: "E0218", template: "'{}' has no interrupt line: 'not interrupted by' names interrupts",
              summary: "'not interrupted by:' names an intent that is not an interrupt"),
        .init(code: "E0219", template: "'{}' is named twice in 'not interrupted by'", summary: "an interrupt named twice in 'not interrupted by:'"),
        .init(code: "W0201", template: "state '{}' cannot be reached from '{}'", summary: "no path leads to a state"),
        .init(code: "W0202", template: "intent '{}' is never used in an 'on' or 'interrupt' line", summary: "an intent nothing listens for"),
        // Intents, frames and patterns
        .init(code: "E0301", template: "intent '{}' has no keywords, pattern or regex{}", summary: "an intent that can never match"),
        .init(code: "E0302", template: "frame '{}' has no keywords and no pattern{}", summary: "a frame that never applies"),
        .init(code: "E0303", template: "this pattern has no word it must match", summary: "a pattern of only optional parts, gaps or '!'"),
        .init(code: "E0304", template: "'{}' without an opening '['", summary: "a ']' or '|' outside brackets"),
        .init(code: "E0305", template: "'[' is never closed{}", summary: "a '[' without its ']'"),
        .init(code: "E0306", template: "empty alternative{}", summary: "'[a||b]' or '[|a]'"),
        .init(code: "E0307", template: "'!' cannot apply to a gap", summary: "'!*' in a pattern"),
        .init(code: "E0308", template: "a gap is already optional{}", summary: "'*?' in a pattern"),
        .init(code: "E0309", template: "a gap is '*1' to '*{}' words", summary: "a gap's number is out of range"),
        .init(code: "E0310", template: "a word beginning needs 3 or more letters{}", summary: "'ab*' is too short"),
        .init(code: "E0311", template: "a concept member cannot have a gap", summary: "a gap inside a concept"),
        .init(code: "E0312", template: "a quoted word is one word{}", summary: "spaces inside a quoted word"),
        .init(code: "E0313", template: "the quote is never closed{}", summary: "a '\"' without its closing quote"),
        .init(code: "E0314", template: "a comma in a pattern{}", summary: "'pattern:' holds one pattern; a list belongs in 'keywords:'"),
        // Regular expressions
        .init(code: "E0401", template: "invalid regular expression{}", summary: "a regex that does not compile (the column points inside it)"),
        .init(code: "W0401", template: "this regex has no required word{}", summary: "a regex that runs on every message"),
        .init(code: "W0402", template: "prefer a word pattern to a regex{}", summary: "every regex: a word pattern is faster and easier to read"),
        .init(code: "W0403", template: "this regex can never match here: {}", summary: "an apostrophe, a contraction or an accent the normalised text never has"),
        .init(code: "W0404", template: "upper case '{}' in a regex{}", summary: "upper case in a regex: the normalised text is lower case"),
        // Whole-dialogue checks (coach lint)
        .init(code: "W0501", template: "state '{}' is a dead end{}", summary: "no choice, 'on' line or 'goto' leads out: only the interrupts"),
        .init(code: "W0502", template: "intents '{}' and '{}' both match this example{}", summary: "an example matches two intents one state listens for"),
        .init(code: "W0503", template: "practice state '{}' does not handle the police plan{}", summary: "\"I'd call the police\" in a role-play would launch the real emergency"),
        .init(code: "W0504", template: "block '{}' is never used{}", summary: "a block no state uses: its lines are never checked"),
        .init(code: "W0505", template: "'{}' is read as '{}', so it also matches every '{}'{}", summary: "a word whose stem is a common little word (\"innings\" is read as \"in\"): quote it"),
        .init(code: "W0506", template: "only the first '!' looks at the word before the match{}", summary: "two '!' at a pattern's start: only the first looks behind; write ![a|b]"),
        .init(code: "W0507", template: "'{}' is read as '{}': articles are dropped{}", summary: "a phrase ending in \"a\", \"an\" or \"the\": the article is dropped, so the phrase ends early"),
        .init(code: "W0508", template: "'{}' is the typed form of '{}'{}", summary: "a dropped-g form (\"walkin\") beside the full word: it stops the speller reading it as the full word"),
        .init(code: "W0509", template: "'{}' after 'over' is already one of the file's labels", summary: "a learn file's own intent named after 'over': the words already choose among its labels"),
        .init(code: "W0510", template: "'{}' reads as '{}': chat forms are read as the words they stand for{}", summary: "a one-letter chat form (\"n\" is read as \"and\"): it matches every such word"),
    ]

    /// The code of the first entry whose template fits the message and whose letter fits the severity.
    public static func code(for diagnostic: Diagnostic) -> String? {
        guard diagnostic.severity != .note else { return nil }
        let letter: Character = diagnostic.severity == .error ? "E" : "W"
        return entries.first { $0.code.first == letter && fits(diagnostic.message, $0.template) }?.code
    }

    /// The diagnostics with their codes set (those that already have one keep it).
    public static func coded(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var coded = diagnostic
            if coded.code == nil { coded.code = code(for: diagnostic) }
            return coded
        }
    }

    /// Whether `message` is `template` with each `{}` standing for any text (possibly empty).
    static func fits(_ message: String, _ template: String) -> Bool {
        let pieces = template.components(separatedBy: "{}")
        var rest = Substring(message)
        for (i, piece) in pieces.enumerated() {
            if i == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if i == pieces.count - 1 {
                return piece.isEmpty || rest.hasSuffix(piece)
            } else if !piece.isEmpty {
                guard let found = rest.range(of: piece) else { return false }
                rest = rest[found.upperBound...]
            }
        }
        return rest.isEmpty
    }
}
