/// Assembles a script from its entry file and everything it includes, read through a `Reader`, into one `Script`.
/// It takes text, never touches files: the edges say where the text comes from (`DialogueFiles`).
public struct DialogueLoader {
    /// Reads a file's text; nil with a reason when it cannot.
    public typealias Reader = (String) -> Result<String, LoadFailure>

    /// Why a file could not be read.
    public struct LoadFailure: Error, Sendable {
        public var reason: String
        public var location: SourceLocation?
        public init(_ reason: String, location: SourceLocation? = nil) {
            self.reason = reason
            self.location = location
        }
    }

    private let read: Reader
    private var script = Script()
    private var diagnostics: [Diagnostic] = []
    private var visited: Set<String> = []

    public init(read: @escaping Reader) { self.read = read }

    /// Loads `entry` and its includes; diagnostics cover every file.
    public static func load(entry: String, read: @escaping Reader) -> (Script, [Diagnostic]) {
        var loader = DialogueLoader(read: read)
        loader.loadFile(entry, includedFrom: nil)
        return (loader.script, loader.diagnostics)
    }

    private mutating func loadFile(_ path: String, includedFrom: SourceLocation?, chain: [String] = []) {
        if chain.contains(path) {
            let cycle = (chain + [path]).joined(separator: " -> ")
            diagnostics.append(.error("include cycle: \(cycle)", at: includedFrom ?? SourceLocation(file: path, line: 1, column: 1)))
            return
        }
        guard visited.insert(path).inserted else { return }
        let text: String
        switch read(path) {
        case .success(let contents): text = contents
        case .failure(let failure):
            let location = failure.location ?? includedFrom ?? SourceLocation(file: path, line: 1, column: 1)
            diagnostics.append(.error(failure.reason, at: location))
            return
        }
        script.sources[path] = text
        let parsed = ScriptParser.parse(text, file: path)
        diagnostics += parsed.diagnostics
        merge(parsed.script)
        for dictionary in parsed.dictionaries {
            let file = Self.resolve(dictionary.path, relativeTo: path)
            switch read(file) {
            case .success(let words): script.knownWords = KnownWords(sortedLines: words)
            case .failure(let failure): diagnostics.append(.error(failure.reason, at: dictionary.location))
            }
        }
        for learn in parsed.learnFiles {
            let file = Self.resolve(learn.path, relativeTo: path)
            // One model per file: a second `learn` line for it adds to its `over` list (a list too long for one line).
            if let known = script.learnSets.firstIndex(where: { $0.file == file }) {
                script.learnSets[known].over += learn.over
                continue
            }
            switch read(file) {
            case .success(let text):
                let (examples, problems) = LearnedExample.parse(text, file: file)
                script.learnSets.append(LearnSet(file: file, location: learn.location, over: learn.over, examples: examples))
                diagnostics += problems
            case .failure(let failure): diagnostics.append(.error(failure.reason, at: learn.location))
            }
        }
        for include in parsed.includes {
            loadFile(Self.resolve(include.path, relativeTo: path), includedFrom: include.location, chain: chain + [path])
        }
    }

    private mutating func merge(_ part: Script) {
        script.intents += part.intents
        script.states += part.states
        script.interrupts += part.interrupts
        script.doubts += part.doubts
        script.concepts += part.concepts
        script.frames += part.frames
        script.blocks += part.blocks
        keepFirst(\.start, "start", of: part, at: \.location)
        keepFirst(\.returning, "returning", of: part, at: \.location)
        keepFirst(\.fallbackText, "fallback", of: part, at: \.location)
        keepFirst(\.menuText, "menu", of: part, at: \.location)
    }

    /// A line a script may have once (`start`, `returning`, `fallback`, `menu`): the first file's wins, and the same
    /// line in another file is an error pointing at both.
    private mutating func keepFirst<Value>(_ line: WritableKeyPath<Script, Value?>, _ word: String, of part: Script,
                                           at location: KeyPath<Value, SourceLocation>) {
        guard let value = part[keyPath: line] else { return }
        guard let first = script[keyPath: line] else { return script[keyPath: line] = value }
        diagnostics.append(.error("a second '\(word)'", at: value[keyPath: location],
                                  notes: [Diagnostic(.note, "the first '\(word)' is here", at: first[keyPath: location])]))
    }

    /// `include` paths are relative to the including file's folder.
    static func resolve(_ include: String, relativeTo file: String) -> String {
        if include.hasPrefix("/") { return include }
        var parts = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
            .enumerated().filter { $0.element != "." && ($0.element != "" || $0.offset == 0) }.map(\.element)
        for piece in include.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if let last = parts.last, last != "..", !last.isEmpty { parts.removeLast() } else { parts.append("..") }
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }
}
