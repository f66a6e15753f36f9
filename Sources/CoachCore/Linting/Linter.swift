/// The checks `coach lint` adds to loading: each regex (prefer a word pattern, literals that can never
/// match), dead-end states, intents of one state that match the same example, practice states that do not
/// handle the police plan. Pure: a script and its brain in, diagnostics out.
public enum Linter {
    public static func check(_ script: Script, brain: Brain?) -> [Diagnostic] {
        let (expanded, _) = BlockExpander.expand(script)
        var diagnostics = RegexCheck.run(expanded)
        if let brain {
            diagnostics += DeadEndCheck.run(brain)
            diagnostics += ExampleOverlapCheck.run(brain)
            diagnostics += PracticePoliceCheck.run(brain)
        }
        return diagnostics
    }
}

/// W0402 on every regex; W0403 where a literal can never match the normalised text.
enum RegexCheck {
    static func run(_ script: Script) -> [Diagnostic] {
        var seen: Set<SourceLocation> = []
        var diagnostics: [Diagnostic] = []
        for intent in script.intents {
            for regex in intent.regexes where seen.insert(regex.location).inserted {
                diagnostics.append(.warning("prefer a word pattern to a regex: patterns are read once with every keyword, regexes run apart (see Dialogues/README.md)", at: regex.location))
                for problem in RegexProblems.neverMatching(in: regex.source) {
                    diagnostics.append(.warning("this regex can never match here: \(problem.message)", at: regex.location.offset(by: problem.offset)))
                }
            }
        }
        return diagnostics
    }
}

/// W0501: a state with no choice, no `on` line and no `goto`: only an interrupt leads out of it.
enum DeadEndCheck {
    static func run(_ brain: Brain) -> [Diagnostic] {
        brain.states.filter { $0.choices.isEmpty && $0.transitions.isEmpty && $0.gotos.isEmpty }.map {
            .warning("state '\($0.name)' is a dead end: no choice, 'on' line or 'goto' leads out of it, only the interrupts", at: $0.location)
        }
    }
}

/// W0502: an intent's `example:` also matches another intent that a state listens for beside it.
enum ExampleOverlapCheck {
    static func run(_ brain: Brain) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let interrupts = Set(brain.interrupts.map(\.intent))
        for (id, intent) in brain.intents.enumerated() where !intent.examples.isEmpty {
            let states = brain.states.filter { state in state.transitions.contains { $0.intents.contains(id) } }
            guard !states.isEmpty else { continue }
            for example in intent.examples {
                let hits = brain.analyze(example.text).hits
                var others: [Int: [String]] = [:]
                for state in states {
                    for other in Set(state.transitions.flatMap(\.intents)) where other != id && !interrupts.contains(other) && hits[other] != nil {
                        others[other, default: []].append(state.name)
                    }
                }
                for (other, names) in others.sorted(by: { $0.key < $1.key }) {
                    let shown = names.count > 3 ? names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more" : names.joined(separator: ", ")
                    diagnostics.append(.warning("intents '\(intent.name)' and '\(brain.intents[other].name)' both match this example, and state \(shown) listens for both: the words covered decide", at: example.location))
                }
            }
        }
        return diagnostics
    }
}

/// W0503: a role-play state (tag `practice`) without its own `on police_plan`, so "I'd call the police"
/// there launches the real emergency instead of counting as a Delegate answer.
enum PracticePoliceCheck {
    static let tag = "practice"
    static let intent = "police_plan"

    static func run(_ brain: Brain) -> [Diagnostic] {
        guard let police = brain.intentID(intent), brain.interrupts.contains(where: { $0.intent == police }) else { return [] }
        return brain.states.filter { state in
            state.tags.contains(tag) && !state.transitions.isEmpty && !state.transitions.contains { $0.intents.contains(police) }
        }.map {
            .warning("practice state '\($0.name)' does not handle the police plan: \"I'd call the police\" here launches the real emergency; add 'on \(intent) -> ...'", at: $0.location)
        }
    }
}

extension SourceLocation {
    /// The location `offset` characters further along the same line.
    func offset(by offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + offset)
    }
}
