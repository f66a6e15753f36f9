/// `frame NAME`: a context (negation, the past, a hypothetical, fiction, the writer as the target)
/// that intents can be cancelled by (`not in:`) or need (`only in:`).
public struct FrameDecl: Hashable, Sendable {
    /// How far a frame's words reach from where they are found.
    public enum Scope: Hashable, Sendable {
        /// The clause the words are in (commas, "but", "and" end a clause).
        case clause
        /// The sentence the words are in.
        case sentence
        /// The whole message.
        case message
        /// From the frame's words to the end of their clause ("if *someone pulls a knife*, ...").
        case restOfClause
        /// From the frame's words to the end of their sentence.
        case restOfSentence
        /// This many content words forward, within the clause (negation: "not *really* in danger").
        case ahead(Int)
    }

    public var name: Named
    public var scope: Scope = .clause
    public var keywords: [WordPattern] = []
    public var patterns: [WordPattern] = []
    /// Phrases that look like the frame but are not ("used to it" is not the past): `unless:`, on the frame's words.
    public var exclusions: [WordPattern] = []
    /// Phrases that undo the frame anywhere it reaches (`undone by:`): "this is NOT sparring" undoes the
    /// sport that "boxing club" set, wherever it is in the sentence.
    public var undoers: [WordPattern] = []

    public init(name: Named) { self.name = name }
}
