/// `intent NAME`: what a person might say, as keywords, word patterns and (rarely) regular expressions.
public struct IntentDecl: Hashable, Sendable {
    /// One regular expression as written.
    public struct Regex: Hashable, Sendable {
        public var source: String
        public var location: SourceLocation
    }

    /// A message kept beside the intent that must (or must not) match it; `coach test` checks them.
    public struct Example: Hashable, Sendable {
        public var text: String
        public var location: SourceLocation
    }

    public var name: Named
    /// `keywords:` words, phrases and concepts, any one of which is enough.
    public var keywords: [WordPattern] = []
    /// `pattern:` word patterns.
    public var wordPatterns: [WordPattern] = []
    /// `regex:` regular expressions on the normalised text, for what a word pattern cannot say.
    public var regexes: [Regex] = []
    /// `unless:` phrases that cancel evidence they overlap ("shooting a video" cancels "shoot").
    public var exclusions: [WordPattern] = []
    /// `like: OTHER`: this intent also has OTHER's keywords, patterns, regexes and exclusions.
    public var like: Named?
    /// `not in: FRAME, ...`: evidence inside one of these frames does not count.
    public var cancellingFrames: [Named] = []
    /// `only in: FRAME, ...`: evidence counts only inside one of these frames.
    public var requiredFrames: [Named] = []
    /// False when negated mentions still count (`negation: ignore`).
    public var negationCancels = true
    /// True when the keyword must be the whole message (`match: whole`), apart from fillers like "please".
    public var wholeMessage = false
    /// True when a match ranks as if it covered the whole message (`priority: high`), so it beats ordinary
    /// intents in the same state; among such intents, the line written first wins.
    public var highPriority = false
    /// True when a choice whose label this intent matches is picked by a typed answer that matches it too (`heard in
    /// labels: yes`): "what now" picks "Next steps" wherever `next` hears both.
    public var heardInLabels = false
    /// `example:` messages that must match this intent.
    public var examples: [Example] = []
    /// `not example:` messages that must not match it.
    public var counterexamples: [Example] = []

    public init(name: Named) { self.name = name }
}
