import CoachCore

/// Checks a parsed transcript against the dialogue it will run on: every state, intent, tag and
/// choice it names must exist there, so a typo is an error before anything runs, not a silent pass.
public enum TranscriptChecker {
    /// The tag the engine adds to a turn when the coach did not understand.
    static let engineTags = ["fallback"]

    /// Every name in `file` that `brain` does not know, with a "did you mean".
    public static func check(_ file: TranscriptFile, against brain: Brain) -> [Diagnostic] {
        let names = KnownNames(brain)
        var diagnostics: [Diagnostic] = []
        var seen = Set<SourceLocation>()
        func unknown(_ kind: String, _ name: Named, in candidates: [String]) {
            guard seen.insert(name.location).inserted else { return }
            var hint = Suggestion.hint(for: name.name, in: candidates)
            if hint.isEmpty, let other = names.kind(of: name.name), other != kind {
                hint = "; '\(name.name)' is \(other == "intent" ? "an" : "a") \(other) of the dialogue, not \(kind == "intent" ? "an" : "a") \(kind)"
            }
            diagnostics.append(.error("unknown \(kind) '\(name.name)'" + hint, at: name.location))
        }
        for conversation in file.conversations {
            if let start = conversation.setup.start, brain.stateID(start.name) == nil {
                unknown("state", start, in: names.states)
            }
            for turn in conversation.turns {
                for expectation in turn.expectations {
                    switch expectation.check {
                    case .state(let name) where name.name != "@end" && brain.stateID(name.name) == nil:
                        unknown("state", name, in: names.states + ["@end"])
                    case .intent(let name?) where brain.intentID(name.name) == nil:
                        unknown("intent", name, in: names.intents + ["none"])
                    case .tags(let tags):
                        for tag in tags where !names.tagSet.contains(tag.name) { unknown("tag", tag, in: names.tags) }
                    case .choices(let labels):
                        for label in labels where !names.choiceSet.contains(label.name) { unknown("choice", label, in: names.choices) }
                    default:
                        break
                    }
                }
            }
        }
        return diagnostics.sortedByLocation()
    }

    /// The names a dialogue defines, in the order written.
    struct KnownNames {
        let states: [String]
        let intents: [String]
        let tags: [String]
        let tagSet: Set<String>
        let choices: [String]
        let choiceSet: Set<String>

        init(_ brain: Brain) {
            states = brain.states.map(\.name)
            intents = brain.intents.map(\.name)
            // Tags given only when a condition holds (`tags if`) are the dialogue's tags too.
            tags = unique(brain.states.flatMap { $0.tags + $0.conditionalTags.flatMap(\.tags) } + TranscriptChecker.engineTags)
            tagSet = Set(tags)
            choices = unique(brain.states.flatMap { $0.choices.map(\.label) })
            choiceSet = Set(choices)
        }

        /// What else the dialogue calls `name`, if anything: a state, an intent, a tag or a choice.
        func kind(of name: String) -> String? {
            if states.contains(name) { return "state" }
            if intents.contains(name) { return "intent" }
            if tagSet.contains(name) { return "tag" }
            if choiceSet.contains(name) { return "choice" }
            return nil
        }
    }
}

private func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}
