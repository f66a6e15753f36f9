/// `state NAME`: what the coach says on entering, and where each answer leads.
public struct StateDecl: Hashable, Sendable {
    /// One message spoken on entry, with its variants and an optional condition.
    public struct Message: Hashable, Sendable {
        public var condition: Condition?
        public var variants: [Template]
        public var location: SourceLocation
    }

    /// A quick-reply choice.
    public struct Choice: Hashable, Sendable {
        public var label: String
        public var action: Action
        public var location: SourceLocation
    }

    /// `on INTENT[, INTENT] [if COND] -> TARGET`, or `on any -> TARGET`.
    public struct Transition: Hashable, Sendable {
        /// Empty for `on any`.
        public var intents: [Named]
        public var condition: Condition?
        public var action: Action
        public var location: SourceLocation
        public var isAny: Bool { intents.isEmpty }
    }

    /// `goto [if COND]: TARGET`: move on without waiting for an answer.
    public struct Goto: Hashable, Sendable {
        public var condition: Condition?
        public var action: Action
        public var location: SourceLocation
    }

    /// `use: BLOCK(ARG, ...)`: the block's lines, with its parameters replaced, become this state's.
    public struct Use: Hashable, Sendable {
        public var block: Named
        public var arguments: [Named]
        public var location: SourceLocation
    }

    /// `tags if COND: a, b`.
    public struct ConditionalTags: Hashable, Sendable {
        public var condition: Condition
        public var tags: [Named]
    }

    public var name: Named
    public var uses: [Use] = []
    public var tags: [Named] = []
    /// `tags if COND: a, b`: tags reported only when the condition holds on entry.
    public var conditionalTags: [ConditionalTags] = []
    /// `notice: INTENT, ...`: intents looked for in every answer to this state; each sets its slot to
    /// `yes` when the answer matches it (and clears it when not), before the answer is acted on.
    public var noticed: [Named] = []
    public var messages: [Message] = []
    public var choices: [Choice] = []
    public var transitions: [Transition] = []
    public var gotos: [Goto] = []
    public var entryAssignments: [Assignment] = []
    public var reprompt: Template?
    /// `choices: loose`: a typed answer that nothing else read may also pick the one choice whose label shares a word with
    /// it; a state is `exact` by default (its number, its label or its label's words only), for a guess can cost too much
    /// (the emergency's "It's over" for "he went over to her again").
    public var looseChoices = false
    /// `not interrupted by: INTENT, ...`: these interrupts do not decide first in this state; their intents are ranked
    /// with its `on` lines by the words they cover (one with no unconditional `on` line here gets a line after the state's
    /// own, with its own target, so it loses their ties).
    public var notInterruptedBy: [Named] = []

    public init(name: Named) { self.name = name }
}
