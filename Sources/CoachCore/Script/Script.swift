/// A whole dialogue script as parsed: plain data, before names are resolved.
public struct Script: Sendable {
    /// `interrupt INTENT -> TARGET`: checked in every state, in the order written.
    public struct Interrupt: Hashable, Sendable {
        public var intent: Named
        public var action: Action
        public var location: SourceLocation
    }

    /// `doubt INTENT, ... unless LEARNED -> TARGET`: where one of the interrupts matched but the words learned for
    /// LEARNED point to `none`, the message goes to TARGET instead.
    public struct Doubt: Hashable, Sendable {
        public var intents: [Named]
        public var learned: Named
        /// The lead of `none` that doubts (`by N`); nil for `WordModel.doubtMargin`.
        public var margin: Double? = nil
        public var action: Action
    }

    public var intents: [IntentDecl] = []
    public var states: [StateDecl] = []
    public var interrupts: [Interrupt] = []
    public var doubts: [Doubt] = []
    /// `concept NAME`: named classes of words.
    public var concepts: [ConceptDecl] = []
    /// `frame NAME`: contexts that cancel or enable intents.
    public var frames: [FrameDecl] = []
    /// `block NAME`: state lines written once and used by many states.
    public var blocks: [BlockDecl] = []
    /// `start NAME`.
    public var start: Named?
    /// `returning NAME`: entered when a saved conversation is resumed.
    public var returning: Named?
    /// `fallback: TEXT`: said on the first miss, before the state's reprompt.
    public var fallbackText: Template?
    /// `menu: TEXT`: introduces the numbered choices on the second miss.
    public var menuText: Template?
    /// `dictionary FILE`: correctly spelt words that spelling tolerance never corrects.
    public var knownWords = KnownWords.empty
    /// `learn FILE [over INTENT, ...]`: labelled example messages (an intent name or `none`, a tab, a message), one
    /// set per file, each for a word model of its own.
    public var learnSets: [LearnSet] = []
    /// Every file read, by the name used in diagnostics, with its text.
    public var sources: [String: String] = [:]

    public init() {}
}
