/// What parsing one file yields: its part of the script, the files it includes, and its mistakes.
struct ParsedFile {
    var script = Script()
    var includes: [(path: String, location: SourceLocation)] = []
    /// `dictionary FILE`: word lists for spelling tolerance.
    var dictionaries: [(path: String, location: SourceLocation)] = []
    /// `learn FILE [over INTENT, ...]`: labelled example messages for a word model, and the intents it may take from.
    var learnFiles: [(path: String, location: SourceLocation, over: [Named])] = []
    var diagnostics: [Diagnostic] = []
}
