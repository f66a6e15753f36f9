/// A compiled, validated script: names resolved to indices, keywords indexed. Immutable and shared by all sessions.
public final class Brain: Sendable {
    /// The compiled intents, by id.
    public let intents: [CompiledIntent]
    /// The compiled states, by id.
    public let states: [CompiledState]
    /// The interrupts, in priority order.
    public let interrupts: [CompiledInterrupt]
    public let start: Int
    public let returning: Int?
    public let fallbackText: Template?
    public let menuText: Template?
    /// Regular expressions (the rare case), with their prefilter.
    let index: IntentIndex
    /// Keywords, word patterns, exclusions and frames: one index scanned once per message.
    let patterns: PatternIndex
    /// Spelling tolerance over the script's own words; nil when the script has no words.
    let speller: Speller?
    /// The frames, by id.
    public let frames: [CompiledFrame]
    /// The script's `frame negation`, if it declares one (else the built-in negation words apply).
    let negationFrame: Int?
    /// For the frame holding a frame's `undone by:` phrases, the frame it undoes.
    let undoes: [Int: Int]
    /// `undoes` by frame id, -1 for a frame that undoes none (the matcher asks it of every frame's pattern).
    let undoTargets: [Int32]
    /// The `returning` state and the states its `goto` lines lead to.
    let welcomeBackStates: Set<Int>
    let stateIDs: [String: Int]
    let intentIDs: [String: Int]
    /// Word statistics from the script's `learn` files, one model per file, for what no pattern names.
    let learnedModels: [LearnedModel]

    init(intents: [CompiledIntent], states: [CompiledState], interrupts: [CompiledInterrupt], start: Int,
         returning: Int?, fallbackText: Template?, menuText: Template?, index: IntentIndex,
         patterns: PatternIndex, speller: Speller?, frames: [CompiledFrame], learnedModels: [LearnedModel] = []) {
        self.learnedModels = learnedModels
        self.patterns = patterns
        self.speller = speller
        self.frames = frames
        self.negationFrame = frames.firstIndex { $0.name == "negation" }
        self.undoes = Self.undoers(of: frames)
        var undoTargets = [Int32](repeating: -1, count: frames.count)
        for (undoer, target) in undoes { undoTargets[undoer] = Int32(target) }
        self.undoTargets = undoTargets
        self.intents = intents
        self.states = states
        self.interrupts = interrupts
        self.start = start
        self.returning = returning
        self.fallbackText = fallbackText
        self.menuText = menuText
        self.index = index
        self.stateIDs = Dictionary(states.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.intentIDs = Dictionary(intents.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        var welcome = Set<Int>()
        var queue = returning.map { [$0] } ?? []
        while let id = queue.popLast() {
            guard welcome.insert(id).inserted else { continue }
            for goto in states[id].gotos { if case .state(let next) = goto.action.target { queue.append(next) } }
        }
        self.welcomeBackStates = welcome
    }

    /// The id of the state with this name.
    public func stateID(_ name: String) -> Int? { stateIDs[name] }

    /// Each `undone by:` frame's id, with the id of the frame it undoes (matched by name: "fiction undone by").
    private static func undoers(of frames: [CompiledFrame]) -> [Int: Int] {
        let ids = Dictionary(frames.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        var undoes: [Int: Int] = [:]
        for (id, frame) in frames.enumerated() where frame.name.hasSuffix(CompiledFrame.undoerSuffix) {
            if let target = ids[String(frame.name.dropLast(CompiledFrame.undoerSuffix.count))] { undoes[id] = target }
        }
        return undoes
    }

    /// The id of the intent with this name.
    public func intentID(_ name: String) -> Int? { intentIDs[name] }

    /// Which intents a message matches, and why (for tools such as traces and evaluations).
    public func analyze(_ message: String) -> MessageAnalysis { Matcher(brain: self).analyze(message) }
}

/// An intent ready for matching.
public struct CompiledIntent: Sendable {
    public let name: String
    public let negationCancels: Bool
    /// Frame ids whose presence cancels this intent's evidence (`not in:`).
    public let cancellingFrames: [Int]
    /// Frame ids one of which must cover the evidence (`only in:`).
    public let requiredFrames: [Int]
    /// The messages that must (and must not) match, kept for `coach test`.
    public let examples: [IntentDecl.Example]
    public let counterexamples: [IntentDecl.Example]
    public let wholeMessage: Bool
    public let highPriority: Bool
    public let location: SourceLocation
}

/// A frame ready for matching.
public struct CompiledFrame: Sendable {
    /// The end of the name of the frame that holds another frame's `undone by:` phrases ("fiction undone by").
    static let undoerSuffix = " undone by"

    public let name: String
    public let scope: FrameDecl.Scope
    public let location: SourceLocation
}

/// A resolved action: a target and the slots to set.
public struct CompiledAction: Sendable {
    /// A resolved destination.
    public enum Target: Sendable, Equatable { case state(Int), back, restart, end, `repeat` }
    public let target: Target
    public let assignments: [Assignment]
}

/// An interrupt: an intent checked in every state, and where it leads.
public struct CompiledInterrupt: Sendable {
    public let intent: Int
    public let action: CompiledAction
    /// `doubt`: where the interrupt's words need a learned model's agreement, and where the message goes without it.
    let doubt: CompiledDoubt?

    init(intent: Int, action: CompiledAction, doubt: CompiledDoubt? = nil) {
        self.intent = intent
        self.action = action
        self.doubt = doubt
    }
}

/// A compiled `doubt` line for one interrupt: the learned model (index in `Brain.learnedModels`) whose words must not
/// point to `none` by its margin, and the action taken when they do.
struct CompiledDoubt: Sendable {
    let model: Int
    /// The lead of `none` that doubts: the line's `by N`, else `WordModel.doubtMargin`.
    let margin: Double
    let action: CompiledAction
}

/// A state ready to run.
public struct CompiledState: Sendable {
    /// A quick reply with its label normalised for matching.
    public struct Choice: Sendable {
        public let label: String
        let labelStems: [String]
        /// The label's stems without repeats, in order of first use.
        let labelStemSet: [String]
        public let action: CompiledAction
        /// The intents marked `heard in labels` that the label itself matches: an answer matching one picks the choice
        /// when no `on` line did (`ChoiceMatcher.byHeardIntent`).
        var heardIntents: [Int] = []
        /// The `StemKey` of each stem of `labelStemSet` (made here, not stored in the cache).
        let labelStemKeys: [UInt64]

        init(label: String, labelStems: [String], labelStemSet: [String], action: CompiledAction, heardIntents: [Int] = []) {
            (self.label, self.labelStems, self.labelStemSet) = (label, labelStems, labelStemSet)
            (self.action, self.heardIntents) = (action, heardIntents)
            labelStemKeys = labelStemSet.map(StemKey.of)
        }
    }

    /// A transition on intents (none for `on any`).
    public struct Transition: Sendable {
        public let intents: [Int]
        public let condition: Condition?
        public let action: CompiledAction
    }

    /// A `goto` line.
    public struct Goto: Sendable {
        public let condition: Condition?
        public let action: CompiledAction
    }

    public let name: String
    public let tags: [String]
    /// Tags reported only when their condition holds on entry.
    public let conditionalTags: [(condition: Condition, tags: [String])]
    /// Intents whose match in an answer sets their slot (`notice:`).
    public let noticed: [Int]
    public let messages: [StateDecl.Message]
    public let choices: [Choice]
    public let transitions: [Transition]
    public let gotos: [Goto]
    public let entryAssignments: [Assignment]
    public let reprompt: Template?
    /// `choices: loose`: a choice by the one label sharing a word with the answer (`ChoiceMatcher.byOnlySharedWord`).
    public let looseChoices: Bool
    /// The interrupts that do not decide first here (`not interrupted by:`): ranked with the `on` lines instead.
    public let notInterruptedBy: [Int]
    public let location: SourceLocation
    /// The intents this state listens for: its `on` lines and every interrupt.
    public let listening: IntentSet
}
