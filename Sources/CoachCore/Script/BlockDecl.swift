/// `block NAME(PARAM, ...)`: state lines (`on`, `choice`, `say`, ...) written once and used by many
/// states with `use: NAME(ARG, ...)`; `{PARAM}` in a line is replaced by the argument.
public struct BlockDecl: Hashable, Sendable {
    /// One line of the block, as written.
    public struct Line: Hashable, Sendable {
        public var text: String
        public var location: SourceLocation
    }

    public var name: Named
    public var parameters: [Named]
    public var lines: [Line] = []

    public init(name: Named, parameters: [Named]) {
        self.name = name
        self.parameters = parameters
    }
}
