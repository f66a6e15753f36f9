/// `concept NAME: member, member, ~other`: a named class of words and phrases, used as `~NAME`.
public struct ConceptDecl: Hashable, Sendable {
    public var name: Named
    /// Each member is a word, a phrase, a word beginning (`stab*`) or another concept.
    public var members: [WordPattern] = []

    public init(name: Named) { self.name = name }
}
