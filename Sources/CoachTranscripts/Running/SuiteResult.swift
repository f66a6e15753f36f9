import CoachCore

/// How a whole suite went, file by file.
public struct SuiteResult: Sendable {
    /// One file: its errors (then nothing ran) or its conversations' results.
    public struct FileResult: Sendable {
        public var path: String
        public var diagnostics: [Diagnostic]
        public var conversations: [ConversationResult]

        /// True when the file has errors, so none of its conversations ran.
        public var isBroken: Bool { diagnostics.hasErrors }
        public var passed: Int { conversations.filter(\.passed).count }
        /// Failed conversations, or 1 for a broken file.
        public var failed: Int { isBroken ? 1 : conversations.count - passed }
    }

    public var files: [FileResult]
    /// Seconds taken by the whole run.
    public var duration: Double

    public init(files: [FileResult], duration: Double = 0) {
        self.files = files
        self.duration = duration
    }

    public var conversations: [ConversationResult] { files.flatMap(\.conversations) }
    public var passed: Int { files.reduce(0) { $0 + $1.passed } }
    /// Failed conversations, plus one for each file with errors.
    public var failed: Int { files.reduce(0) { $0 + $1.failed } }
    /// Everything the suite touched in the dialogue.
    public var exercised: Exercised {
        conversations.reduce(into: Exercised()) { $0.formUnion($1.exercised) }
    }
}
