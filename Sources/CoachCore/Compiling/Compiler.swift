import Foundation

/// Turns a parsed `Script` into a `Brain`: resolves names, compiles regular expressions, builds the
/// keyword index, and reports every problem it finds.
public enum Compiler {
    /// Compiles `script`; `brain` is nil when there are errors.
    public static func compile(_ script: Script, contextSlots: Set<String> = ["region"]) -> (brain: Brain?, diagnostics: [Diagnostic]) {
        let (script, blockDiagnostics) = BlockExpander.expand(script)
        var context = CompileContext(script: script)
        context.diagnostics += blockDiagnostics
        context.words.compileConcepts(script.concepts)
        let frames = context.compileFrames()
        let intents = context.compileIntents(frames: frames)
        context.index.seal()
        context.diagnostics += context.words.diagnostics
        let patterns = PatternIndex(compiler: context.words, patterns: context.compiledPatterns, owners: context.patternOwners)
        let speller = patterns.vocabulary.stems.isEmpty ? nil : Speller(vocabulary: patterns.vocabulary, knownWords: script.knownWords,
                                                                         quotedWords: context.words.exactWords)
        let learnedModels = context.compileLearnedModels()
        let interrupts = context.compileInterrupts(doubts: context.compileDoubts(models: learnedModels))
        let states = context.compileStates(interrupts: interrupts)
        let start = context.resolveStart()
        let returning = script.returning.flatMap { context.resolveState($0) }
        context.diagnostics += ScriptChecks(script: script, contextSlots: contextSlots).run()
        // A block used by several states would otherwise report each mistake in it once per state.
        var seen = Set<Diagnostic>()
        let diagnostics = context.diagnostics.filter { seen.insert($0).inserted }.sortedByLocation()
        guard !diagnostics.hasErrors, let start else { return (nil, diagnostics) }
        func brain(_ states: [CompiledState]) -> Brain {
            Brain(intents: intents, states: states, interrupts: interrupts, start: start, returning: returning,
                  fallbackText: script.fallbackText, menuText: script.menuText, index: context.index,
                  patterns: patterns, speller: speller, frames: frames, learnedModels: learnedModels)
        }
        // Choices heard through their labels' intents need the matcher, so the brain is made twice.
        let heard = Set(script.intents.indices.filter { script.intents[$0].heardInLabels })
        guard !heard.isEmpty else { return (brain(states), diagnostics) }
        return (brain(LabelHearing.hear(heard, in: states, by: brain(states))), diagnostics)
    }
}

/// The working state of one compilation.
struct CompileContext {
    let script: Script
    var diagnostics: [Diagnostic] = []
    var index = IntentIndex()
    var words = PatternCompiler()
    var compiledPatterns: [CompiledPattern] = []
    /// Whose evidence each compiled pattern is: one owner, or several intents that share it through `like:`.
    var patternOwners: [[PatternOwner]] = []
    /// Where each written pattern was compiled, so `like:` copies share it.
    var patternIDs: [PatternKey: Int] = [:]
    var intentIDs: [String: Int] = [:]
    var stateIDs: [String: Int] = [:]

    init(script: Script) {
        self.script = script
        for (id, intent) in script.intents.enumerated() {
            if let first = intentIDs[intent.name.name] {
                duplicate("intent", intent.name, first: script.intents[first].name.location)
            } else {
                intentIDs[intent.name.name] = id
            }
        }
        for (id, state) in script.states.enumerated() {
            if let first = stateIDs[state.name.name] {
                duplicate("state", state.name, first: script.states[first].name.location)
            } else {
                stateIDs[state.name.name] = id
            }
        }
    }

    private mutating func duplicate(_ kind: String, _ name: Named, first: SourceLocation) {
        diagnostics.append(.error("\(kind) '\(name.name)' is defined twice", at: name.location,
                                  notes: [Diagnostic(.note, "the first definition is here", at: first)]))
    }

    mutating func compileFrames() -> [CompiledFrame] {
        var seen: [String: SourceLocation] = [:]
        let frames = script.frames.enumerated().map { id, frame in
            if let first = seen[frame.name.name] {
                diagnostics.append(.error("frame '\(frame.name.name)' is defined twice", at: frame.name.location,
                                          notes: [Diagnostic(.note, "the first definition is here", at: first)]))
            }
            seen[frame.name.name] = frame.name.location
            if frame.keywords.isEmpty && frame.patterns.isEmpty {
                diagnostics.append(.error("frame '\(frame.name.name)' has no keywords and no pattern, so it never applies", at: frame.name.location))
            }
            addPatterns(frame.keywords, owner: .frame(id), isKeyword: true)
            addPatterns(frame.patterns, owner: .frame(id), isKeyword: false)
            addPatterns(frame.exclusions, owner: .frameExclusion(id), isKeyword: true)
            return CompiledFrame(name: frame.name.name, scope: frame.scope, location: frame.name.location)
        }
        return frames + compileUndoers(after: frames.count)
    }

    /// A frame's `undone by:` phrases, compiled as a frame of their own (named "NAME undone by", so traces show
    /// them) with the same scope; the matcher drops the frame's words wherever such a phrase is in their reach.
    mutating func compileUndoers(after count: Int) -> [CompiledFrame] {
        var undoers: [CompiledFrame] = []
        for frame in script.frames where !frame.undoers.isEmpty {
            addPatterns(frame.undoers, owner: .frame(count + undoers.count), isKeyword: true)
            undoers.append(CompiledFrame(name: frame.name.name + CompiledFrame.undoerSuffix, scope: frame.scope,
                                         location: frame.name.location))
        }
        return undoers
    }

    mutating func addPatterns(_ patterns: [WordPattern], owner: PatternOwner, isKeyword: Bool) {
        for pattern in patterns {
            // A pattern written once and shared through `like:` is matched once for all its intents.
            let key = PatternKey(location: pattern.location, source: pattern.source, isExclusion: owner.isExclusion)
            if let existing = patternIDs[key] {
                patternOwners[existing].append(owner)
                continue
            }
            patternIDs[key] = compiledPatterns.count
            let elements = words.compile(pattern.elements)
            compiledPatterns.append(CompiledPattern(elements: elements, source: pattern.source, location: pattern.location,
                                                    isKeyword: isKeyword))
            patternOwners.append([owner])
        }
    }

    /// The intent's own evidence and that of the intents it is `like`, following the chain.
    mutating func evidence(of intent: IntentDecl) -> IntentDecl {
        var merged = intent
        var seen: Set<String> = [intent.name.name]
        var next = intent.like
        // Each mistake is reported once: an unknown name by the intent that writes it, a circle by the intent it returns to.
        while let name = next {
            guard let id = intentIDs[name.name] else {
                if name == intent.like {
                    diagnostics.append(.error("unknown intent '\(name.name)'" + Suggestion.hint(for: name.name, in: intentIDs.keys.sorted()), at: name.location))
                }
                break
            }
            guard seen.insert(name.name).inserted else {
                if name.name == intent.name.name {
                    diagnostics.append(.error("'like:' goes round in a circle back to '\(name.name)'", at: name.location))
                }
                break
            }
            let other = script.intents[id]
            merged.keywords += other.keywords
            merged.wordPatterns += other.wordPatterns
            merged.regexes += other.regexes
            merged.exclusions += other.exclusions
            next = other.like
        }
        return merged
    }

    mutating func compileIntents(frames: [CompiledFrame]) -> [CompiledIntent] {
        let frameIDs = Dictionary(frames.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        func resolveFrames(_ names: [Named]) -> [Int] {
            names.compactMap { name in
                if let id = frameIDs[name.name] { return id }
                diagnostics.append(.error("unknown frame '\(name.name)'" + Suggestion.hint(for: name.name, in: frameIDs.keys.sorted()), at: name.location))
                return nil
            }
        }
        // An intent taught only by a learn file's examples needs no words of its own.
        let learned = Set(script.learnSets.flatMap { $0.examples.map(\.label) })
        return script.intents.enumerated().map { id, declared in
            let intent = evidence(of: declared)
            if intent.keywords.isEmpty && intent.wordPatterns.isEmpty && intent.regexes.isEmpty && !learned.contains(intent.name.name) {
                diagnostics.append(.error("intent '\(intent.name.name)' has no keywords, pattern or regex, and no learn file teaches it, so it can never match", at: intent.name.location))
            }
            addPatterns(intent.keywords, owner: .intent(id), isKeyword: true)
            addPatterns(intent.wordPatterns, owner: .intent(id), isKeyword: false)
            addPatterns(intent.exclusions, owner: .exclusion(id), isKeyword: true)
            for pattern in intent.regexes {
                do {
                    let regex = try NSRegularExpression(pattern: RegexTuning.hoistWordBoundary(pattern.source), options: [.caseInsensitive])
                    if !index.addPattern(intent: id, regex: regex, source: pattern.source) {
                        diagnostics.append(.warning("this regex has no required word of 3+ letters, so it runs on every message", at: pattern.location))
                    }
                } catch _ {
                    let problem = RegexProblems.syntaxError(in: pattern.source)
                    let reason = problem.map { ": \($0.message)" } ?? ""
                    diagnostics.append(.error("invalid regular expression\(reason); patterns use ICU syntax, as NSRegularExpression does",
                                              at: problem.map { pattern.location.offset(by: $0.offset) } ?? pattern.location))
                }
            }
            return CompiledIntent(name: intent.name.name, negationCancels: intent.negationCancels,
                                  cancellingFrames: resolveFrames(intent.cancellingFrames), requiredFrames: resolveFrames(intent.requiredFrames),
                                  examples: declared.examples, counterexamples: declared.counterexamples,
                                  wholeMessage: intent.wholeMessage, highPriority: intent.highPriority, location: intent.name.location)
        }
    }

    mutating func compileStates(interrupts: [CompiledInterrupt]) -> [CompiledState] {
        // Many states offer the same labels ("Try another way"): each is normalised once.
        var labelWords: [String: (words: String, stems: [String], unique: [String])] = [:]
        return script.states.map { state in
            var labels: [String: SourceLocation] = [:]
            let choices = state.choices.compactMap { choice -> CompiledState.Choice? in
                if labelWords[choice.label] == nil {
                    let normalized = Normalizer.normalize(choice.label)
                    let stems = ChoiceMatcher.contentStems(normalized)
                    labelWords[choice.label] = (normalized.words, stems, ChoiceMatcher.unique(stems))
                }
                let (words, stems, unique) = labelWords[choice.label]!
                let key = words.isEmpty ? choice.label.lowercased() : words  // emoji labels have no words
                if let first = labels[key] {
                    diagnostics.append(.error("choice '\(choice.label)' is offered twice in state '\(state.name.name)'", at: choice.location,
                                              notes: [Diagnostic(.note, "the first is here", at: first)]))
                }
                labels[key] = choice.location
                guard let action = resolve(choice.action) else { return nil }
                return .init(label: choice.label, labelStems: stems, labelStemSet: unique, action: action)
            }
            var transitions = state.transitions.compactMap { transition -> CompiledState.Transition? in
                let intents = transition.intents.compactMap { resolveIntent($0) }
                guard intents.count == transition.intents.count, let action = resolve(transition.action) else { return nil }
                return .init(intents: intents, condition: transition.condition, action: action)
            }
            let notInterruptedBy = rankedInterrupts(state, interrupts: interrupts, transitions: &transitions)
            let gotos = state.gotos.compactMap { goto in resolve(goto.action).map { CompiledState.Goto(condition: goto.condition, action: $0) } }
            let noticed = state.noticed.compactMap { resolveIntent($0) }
            var listening = IntentSet(capacity: script.intents.count)
            for intent in interrupts.map(\.intent) + transitions.flatMap(\.intents) + noticed { listening.insert(intent) }
            return CompiledState(name: state.name.name, tags: state.tags.map(\.name),
                                 conditionalTags: state.conditionalTags.map { ($0.condition, $0.tags.map(\.name)) }, noticed: noticed,
                                 messages: state.messages, choices: choices,
                                 transitions: transitions, gotos: gotos, entryAssignments: state.entryAssignments,
                                 reprompt: state.reprompt, looseChoices: state.looseChoices, notInterruptedBy: notInterruptedBy,
                                 location: state.name.location,
                                 listening: listening)
        }
    }

    mutating func compileInterrupts(doubts: [Int: CompiledDoubt]) -> [CompiledInterrupt] {
        script.interrupts.compactMap { interrupt in
            guard let intent = resolveIntent(interrupt.intent), let action = resolve(interrupt.action) else { return nil }
            return CompiledInterrupt(intent: intent, action: action, doubt: doubts[intent])
        }
    }

    mutating func resolveStart() -> Int? {
        guard let start = script.start else {
            let file = script.sources.keys.sorted().first ?? "<script>"
            diagnostics.append(.error("no 'start' line: name the state the conversation begins in, e.g. 'start welcome'",
                                      at: SourceLocation(file: file, line: 1, column: 1)))
            return nil
        }
        return resolveState(start)
    }

    mutating func resolveState(_ name: Named) -> Int? {
        if let id = stateIDs[name.name] { return id }
        diagnostics.append(.error("unknown state '\(name.name)'" + Suggestion.hint(for: name.name, in: stateIDs.keys.sorted()), at: name.location))
        return nil
    }

    mutating func resolveIntent(_ name: Named) -> Int? {
        if let id = intentIDs[name.name] { return id }
        diagnostics.append(.error("unknown intent '\(name.name)'" + Suggestion.hint(for: name.name, in: intentIDs.keys.sorted()), at: name.location))
        return nil
    }

    mutating func resolve(_ action: Action) -> CompiledAction? {
        let target: CompiledAction.Target
        switch action.target {
        case .state(let name):
            guard let id = resolveState(Named(name, at: action.targetLocation)) else { return nil }
            target = .state(id)
        case .back: target = .back
        case .restart: target = .restart
        case .end: target = .end
        case .repeat: target = .repeat
        }
        return CompiledAction(target: target, assignments: action.assignments)
    }
}

/// One written pattern: where it is, and whether it is evidence or an exclusion.
struct PatternKey: Hashable {
    let location: SourceLocation
    let source: String
    let isExclusion: Bool
}

extension PatternOwner {
    var isExclusion: Bool {
        switch self {
        case .exclusion, .frameExclusion: return true
        case .intent, .frame: return false
        }
    }
}
