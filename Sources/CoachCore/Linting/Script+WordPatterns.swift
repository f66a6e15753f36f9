extension Script {
    /// Every word pattern the script writes: intents' keywords, patterns and `unless:` phrases, frames'
    /// words, exclusions and undoers, and concept members, in file order per kind.
    var allWordPatterns: [WordPattern] {
        var patterns: [WordPattern] = []
        for intent in intents { patterns += intent.keywords + intent.wordPatterns + intent.exclusions }
        for frame in frames { patterns += frame.keywords + frame.patterns + frame.exclusions + frame.undoers }
        for concept in concepts { patterns += concept.members }
        return patterns
    }

    /// Warnings on word patterns, one per line of a file and finding: `findings` names what a pattern gets wrong,
    /// each with the key that tells it from the others on the same line, and the warning's text.
    func wordPatternWarnings(_ findings: (WordPattern) -> [(key: String, message: String)]) -> [Diagnostic] {
        var reported = Set<String>()
        return allWordPatterns.flatMap { pattern in
            findings(pattern).compactMap { finding in
                reported.insert("\(pattern.location.file):\(pattern.location.line):\(finding.key)").inserted
                    ? .warning(finding.message, at: pattern.location) : nil
            }
        }
    }
}
