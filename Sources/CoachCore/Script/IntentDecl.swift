/// `intent NAME`: what a person might say, as keywords, phrases and regular expressions.
public struct IntentDecl: Hashable, Sendable {
    /// One keyword or phrase as written.
    public struct Phrase: Hashable, Sendable {
        public var text: String
        public var location: SourceLocation
    }

    /// One regular expression as written.
    public struct Pattern: Hashable, Sendable {
        public var source: String
        public var location: SourceLocation
    }

    public var name: Named
    public var keywords: [Phrase] = []
    public var patterns: [Pattern] = []
    /// Phrases that cancel a keyword they overlap ("shooting a video" cancels "shoot").
    public var exclusions: [Phrase] = []
    /// False when negated mentions still count (`negation: ignore`).
    public var negationCancels = true
    /// True when the keyword must be the whole message (`match: whole`), apart from fillers like "please".
    public var wholeMessage = false
    /// True when a match ranks as if it covered the whole message (`priority: high`), so it beats ordinary
    /// intents in the same state; among such intents, the line written first wins.
    public var highPriority = false

    public init(name: Named) { self.name = name }
}
