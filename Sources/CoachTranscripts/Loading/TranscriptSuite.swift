import CoachCore
import CoachFiles
import Foundation

/// Transcript files parsed and checked against a dialogue, ready to run any number of times.
public struct TranscriptSuite: Sendable {
    /// The file extension of transcript tests.
    public static let fileExtension = "test"

    /// One file: what parsed, and every problem found (errors mean it will not run).
    public struct Entry: Sendable {
        public var path: String
        public var file: TranscriptFile
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    public var entries: [Entry]
    /// The text of every file read, by path, for rendering diagnostics.
    public var sources: [String: String]

    public init(entries: [Entry] = [], sources: [String: String] = [:]) {
        self.entries = entries
        self.sources = sources
    }

    /// Parses transcripts given as text (path and contents), checking names against `brain` when given.
    public init(texts: [(path: String, text: String)], brain: Brain?) {
        self.init()
        for (path, text) in texts { add(path: path, text: text, brain: brain) }
    }

    /// Reads the files and folders in `paths` (folders: every `*.test` inside, at any depth, in name order).
    public static func load(paths: [String], brain: Brain?) -> TranscriptSuite {
        var suite = TranscriptSuite()
        for path in files(in: paths) {
            guard DiskFiles().exists(path) else {
                let location = SourceLocation(file: path, line: 1, column: 1)
                suite.entries.append(Entry(path: path, file: TranscriptFile(path: path), diagnostics: [.error("no such file or folder '\(path)'", at: location)]))
                continue
            }
            switch DiskFiles().read(path) {
            case .success(let text):
                suite.add(path: path, text: text, brain: brain)
            case .failure(let failure):
                let location = failure.location ?? SourceLocation(file: path, line: 1, column: 1)
                suite.entries.append(Entry(path: path, file: TranscriptFile(path: path), diagnostics: [.error(failure.reason, at: location)]))
            }
        }
        return suite
    }

    /// The transcript files named by `paths`, expanding folders; a path that does not exist is kept, to be reported.
    public static func files(in paths: [String]) -> [String] {
        DiskFiles().expand(paths, fileExtension: fileExtension)
    }

    /// Parses one file's text and adds it.
    public mutating func add(path: String, text: String, brain: Brain?) {
        sources[path] = text
        let parsed = TranscriptParser.parse(text, file: path)
        var diagnostics = parsed.diagnostics
        if let brain { diagnostics = (diagnostics + TranscriptChecker.check(parsed.file, against: brain)).sortedByLocation() }
        entries.append(Entry(path: path, file: parsed.file, diagnostics: diagnostics))
    }

    /// How many conversations the runnable files hold.
    public var conversationCount: Int { entries.filter { !$0.hasErrors }.reduce(0) { $0 + $1.file.conversations.count } }
}
