/// A name written in a script, with where it was written.
public struct Named: Hashable, Sendable {
    public var name: String
    public var location: SourceLocation

    public init(_ name: String, at location: SourceLocation) {
        self.name = name
        self.location = location
    }
}
