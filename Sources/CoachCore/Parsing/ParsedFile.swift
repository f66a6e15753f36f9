/// What parsing one file yields: its part of the script, the files it includes, and its mistakes.
struct ParsedFile {
    var script = Script()
    var includes: [(path: String, location: SourceLocation)] = []
    /// `dictionary FILE`: word lists for spelling tolerance.
    var dictionaries: [(path: String, location: SourceLocation)] = []
    /// `learn FILE`: labelled example messages for the word model.
    var learnFiles: [(path: String, location: SourceLocation)] = []
    var diagnostics: [Diagnostic] = []
}
