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
}
