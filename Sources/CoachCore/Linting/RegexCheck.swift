/// W0402 on every regex; W0403 where a literal can never match the normalised text; W0404 for upper case.
enum RegexCheck {
    static func run(_ script: Script) -> [Diagnostic] {
        var seen: Set<SourceLocation> = []
        var diagnostics: [Diagnostic] = []
        for intent in script.intents {
            for regex in intent.regexes where seen.insert(regex.location).inserted {
                diagnostics.append(.warning("prefer a word pattern to a regex: patterns are read once with every keyword, regexes run apart (see Dialogues/README.md)", at: regex.location))
                for problem in RegexProblems.neverMatching(in: regex.source) {
                    let message = problem.isCaseOnly ? problem.message : "this regex can never match here: \(problem.message)"
                    diagnostics.append(.warning(message, at: regex.location.offset(by: problem.offset)))
                }
            }
        }
        return diagnostics
    }
}

extension SourceLocation {
    /// The location `offset` characters further along the same line.
    func offset(by offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + offset)
    }
}
