import CoachCore

/// Parses one `.test` file, line by line, collecting every mistake rather than stopping at the first.
public struct TranscriptParser {
    static let topLevelWords = ["test", "steps", "region", "seed", "set", "start"]
    static let setupWords = ["region", "seed", "set", "start"]
    static let expectationWords = ["says", "matches", "state", "intent", "tags", "choices"]
    static let stepWords = expectationWords + ["or", "not", "use"] + setupWords
    /// Words from other tools or from the dialogue format that mean one of ours.
    static let aliases = ["say": "says", "contains": "says", "regex": "matches", "match": "matches", "tag": "tags",
                          "choice": "choices", "include": "use", "expect": "says", "bot": "<", "me": ">"]

    let file: String
    private var settings = PartialSetup()
    private var blocks: [RawBlock] = []
    private var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// Parses `text`, whose diagnostics name `file`; the file is complete only when there are no errors.
    public static func parse(_ text: String, file: String) -> (file: TranscriptFile, diagnostics: [Diagnostic]) {
        var parser = TranscriptParser(file: file)
        var number = 0
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // "\r\n" is one Character in Swift, so Windows line ends are split on explicitly.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            parser.parseLine(line, number: number)
        }
        var builder = ConversationBuilder(blocks: parser.blocks, settings: parser.settings)
        let conversations = builder.build()
        var seen = Set<Diagnostic>()
        let all = (parser.diagnostics + builder.diagnostics).filter { seen.insert($0).inserted }.sortedByLocation()
        return (TranscriptFile(path: file, conversations: conversations), all)
    }

    private mutating func parseLine(_ text: Substring, number: Int) {
        var scanner = LineCursor(file: file, line: number, text: text)
        scanner.skipSpaces()
        guard let first = scanner.current, first != "#" else { return }
        if scanner.position == 0 {
            parseTopLevel(&scanner)
        } else if blocks.isEmpty {
            error("this line is indented but not under a 'test:' or 'steps:' line", at: scanner.location)
        } else {
            parseStep(&scanner)
        }
    }

    // MARK: Top level

    private mutating func parseTopLevel(_ scanner: inout LineCursor) {
        let start = scanner.location
        guard let word = scanner.readName()?.name else {
            let symbol = scanner.current.map(String.init) ?? ""
            return error("'\(symbol)' must be indented under a 'test:' or 'steps:' line", at: start)
        }
        switch word {
        case "test", "steps":
            guard expectColon(&scanner, after: word) else { return }
            let (name, location) = scanner.readRest()
            guard !name.isEmpty else {
                return error("expected a name after '\(word):'", at: location)
            }
            let kind = word == "test" ? "test" : "steps"
            if let first = blocks.first(where: { $0.isSteps == (word == "steps") && $0.name.name == name }) {
                diagnostics.append(.error("\(kind) '\(name)' is defined twice", at: location,
                                          notes: [Diagnostic(.note, "the first definition is here", at: first.name.location)]))
            }
            blocks.append(RawBlock(name: Named(name, at: location), isSteps: word == "steps"))
        case _ where Self.setupWords.contains(word):
            if !blocks.isEmpty {
                return error("file settings such as '\(word):' must come before the first 'test:' or 'steps:'; indent it to set up one test", at: start)
            }
            var setup = settings
            parseSetup(word, &scanner, into: &setup)
            settings = setup
        case _ where Self.stepWords.contains(word):
            error("'\(word):' must be indented under a 'test:' or 'steps:' line", at: start)
        default:
            error("unknown keyword '\(word)'" + hint(for: word, in: Self.topLevelWords), at: start)
        }
    }

    // MARK: Steps

    private mutating func parseStep(_ scanner: inout LineCursor) {
        let start = scanner.location
        switch scanner.current {
        case ">":
            scanner.position += 1
            let (text, _) = scanner.readRest()
            add(.input(SlashCommand.parse(text).map(Turn.Input.command) ?? .message(text), start))
        case "<":
            scanner.position += 1
            parseCoachLine(&scanner, negated: false, at: start)
        case "|":
            scanner.position += 1
            if case .expect(var expectation)? = blocks[blocks.count - 1].items.last, case .choices(let labels) = expectation.check,
               !labels.isEmpty {
                // A long 'choices:' line goes on below: "| Label | Label".
                let more = scanner.readList(separatedBy: "|")
                guard validate(more, what: "a choice label", separator: "|") else { return }
                expectation.check = .choices(labels + more)
                blocks[blocks.count - 1].items[blocks[blocks.count - 1].items.count - 1] = .expect(expectation)
                return
            }
            let (text, _) = scanner.readRest()
            guard case .coachLine(var alternatives, let negated, let location)? = blocks[blocks.count - 1].items.last else {
                return error("'|' continues the coach's message or the choices on the line above, but there is no '<' or 'choices:' line above it", at: start)
            }
            alternatives[alternatives.count - 1] += "\n" + text
            blocks[blocks.count - 1].items[blocks[blocks.count - 1].items.count - 1] = .coachLine(alternatives: alternatives, negated: negated, location)
        default:
            guard let word = scanner.readName()?.name else {
                return error("expected '>', '<' or a keyword such as 'says:' or 'state:'", at: start)
            }
            parseKeywordLine(word, &scanner, at: start)
        }
    }

    private mutating func parseKeywordLine(_ word: String, _ scanner: inout LineCursor, at start: SourceLocation) {
        switch word {
        case "not":
            scanner.skipSpaces()
            if scanner.current == "<" {
                scanner.position += 1
                return parseCoachLine(&scanner, negated: true, at: start)
            }
            let wordStart = scanner.location
            guard let negatedWord = scanner.readName()?.name else {
                return error("expected '<' or a keyword such as 'says:' after 'not'", at: wordStart)
            }
            guard Self.expectationWords.contains(negatedWord) else {
                return error("'not' goes before '<' or one of \(Self.expectationWords.map { "'\($0)'" }.joined(separator: ", ")), not '\(negatedWord)'"
                             + hint(for: negatedWord, in: Self.expectationWords), at: wordStart)
            }
            parseExpectation(negatedWord, &scanner, negated: true, at: start)
        case "or":
            guard expectColon(&scanner, after: word) else { return }
            let (text, location) = scanner.readRest()
            if text.isEmpty { return error("expected another wording after 'or:'", at: location) }
            guard case .coachLine(var alternatives, let negated, let lineLocation)? = blocks[blocks.count - 1].items.last else {
                return error("'or:' adds another wording to the '<' line above it, but there is none", at: start)
            }
            alternatives.append(text)
            blocks[blocks.count - 1].items[blocks[blocks.count - 1].items.count - 1] = .coachLine(alternatives: alternatives, negated: negated, lineLocation)
        case "use":
            guard expectColon(&scanner, after: word) else { return }
            let (name, location) = scanner.readRest()
            if name.isEmpty { return error("expected the name of shared steps after 'use:'", at: location) }
            add(.use(Named(name, at: location)))
        case "test", "steps":
            error("'\(word):' starts a new block, so it must start at the beginning of the line", at: start)
        case _ where Self.setupWords.contains(word):
            var block = blocks[blocks.count - 1]
            if block.isSteps {
                return error("'\(word):' sets up a test, so it cannot go in shared steps", at: start)
            }
            if !block.items.isEmpty {
                return error("'\(word):' must come before the test's first step", at: start)
            }
            parseSetup(word, &scanner, into: &block.setup)
            blocks[blocks.count - 1] = block
        case _ where Self.expectationWords.contains(word):
            parseExpectation(word, &scanner, negated: false, at: start)
        default:
            error("unknown keyword '\(word)'" + hint(for: word, in: Self.stepWords), at: start)
        }
    }

    private mutating func parseCoachLine(_ scanner: inout LineCursor, negated: Bool, at start: SourceLocation) {
        let (text, location) = scanner.readRest()
        if text.isEmpty { return error("expected the coach's words after '<'", at: location) }
        add(.coachLine(alternatives: [text], negated: negated, start))
    }

    private mutating func parseExpectation(_ word: String, _ scanner: inout LineCursor, negated: Bool, at start: SourceLocation) {
        guard expectColon(&scanner, after: word) else { return }
        let check: Expectation.Check
        switch word {
        case "says":
            let (text, location) = scanner.readRest()
            if text.isEmpty { return error("expected the words to look for after 'says:'", at: location) }
            check = .says(text)
        case "matches":
            let (text, location) = scanner.readRest()
            if text.isEmpty { return error("expected a regular expression after 'matches:'", at: location) }
            guard let pattern = try? Pattern(text) else {
                return error("invalid regular expression; patterns use ICU syntax, as NSRegularExpression does", at: location)
            }
            check = .matches(pattern)
        case "state":
            guard let name = expectName(&scanner, what: "a state name (or @end) after 'state:'") else { return }
            check = .state(name)
        case "intent":
            guard let name = expectName(&scanner, what: "an intent name (or none) after 'intent:'") else { return }
            check = .intent(name.name == "none" ? nil : name)
        case "tags":
            let tags = scanner.readList(separatedBy: ",")
            guard validate(tags, what: "a tag", separator: ",") else { return }
            check = .tags(tags)
        default:
            let labels = scanner.readList(separatedBy: "|")
            if labels.count == 1, labels[0].name == "none" {
                check = .choices([])
            } else {
                guard validate(labels, what: "a choice label", separator: "|") else { return }
                check = .choices(labels)
            }
        }
        add(.expect(Expectation(check, negated: negated, at: start)))
    }

    // MARK: Setup

    private mutating func parseSetup(_ word: String, _ scanner: inout LineCursor, into setup: inout PartialSetup) {
        guard expectColon(&scanner, after: word) else { return }
        switch word {
        case "region":
            guard let name = expectName(&scanner, what: "a region code such as 'uk' (or none) after 'region:'") else { return }
            let code = name.name.lowercased()
            setup.region = .some(code == "none" ? nil : (code == "gb" ? "uk" : code))
        case "seed":
            let (text, location) = scanner.readRest()
            guard let seed = UInt64(text) else {
                return error("expected a whole number from 0 to \(UInt64.max) after 'seed:'", at: location)
            }
            setup.seed = seed
        case "set":
            let pieces = scanner.readList(separatedBy: ",")
            for piece in pieces {
                guard let equals = piece.name.firstIndex(of: "=") else {
                    return error("expected 'slot = value' after 'set:'", at: piece.location)
                }
                let slot = String(piece.name[..<equals]).trimmingSpaces
                let value = String(piece.name[piece.name.index(after: equals)...]).trimmingSpaces
                if slot.isEmpty || !slot.utf8.allSatisfy(LineCursor.isNameByte) {
                    return error("expected a slot name before '='", at: piece.location)
                }
                setup.slots[slot] = value
            }
        default:
            guard let name = expectName(&scanner, what: "a state name after 'start:'") else { return }
            setup.start = name
        }
        expectEnd(&scanner)
    }

    // MARK: Pieces

    private mutating func add(_ item: RawBlock.Item) {
        blocks[blocks.count - 1].items.append(item)
    }

    private mutating func expectColon(_ scanner: inout LineCursor, after word: String) -> Bool {
        scanner.expect(":", "expected ':' after '\(word)'", into: &diagnostics)
    }

    /// A name and nothing after it.
    private mutating func expectName(_ scanner: inout LineCursor, what: String) -> Named? {
        guard let name = scanner.expectName(what, into: &diagnostics), scanner.expectEnd(into: &diagnostics) else { return nil }
        return name
    }

    @discardableResult
    private mutating func expectEnd(_ scanner: inout LineCursor) -> Bool {
        scanner.expectEnd(into: &diagnostics)
    }

    private mutating func validate(_ names: [Named], what: String, separator: Character) -> Bool {
        for name in names where name.name.isEmpty {
            error("expected \(what)" + (names.count > 1 ? " between the '\(separator)' separators" : ""), at: name.location)
            return false
        }
        return true
    }

    private func hint(for word: String, in candidates: [String]) -> String {
        if let close = Suggestion.closest(to: word, in: candidates) { return "; did you mean '\(close)'?" }
        if let alias = Self.aliases[word.lowercased()] { return "; did you mean '\(alias)'?" }
        return ""
    }

    private mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }
}
