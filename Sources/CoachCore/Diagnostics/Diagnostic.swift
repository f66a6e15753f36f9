/// One problem found in a script or transcript, with where it is and what to do about it.
public struct Diagnostic: Hashable, Sendable {
    /// How bad a diagnostic is: errors stop a script from running, warnings do not.
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// Extra locations, such as the first definition of a duplicate.
    public var notes: [Diagnostic]
    /// The stable code from `DiagnosticCatalogue` (`E0101`, `W0402`), printed after the message; nil for notes.
    public var code: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, notes: [Diagnostic] = [], code: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
        self.code = code
    }

    public static func error(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    public var isError: Bool { severity == .error }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains(where: \.isError) }

    /// Sorted by file, line and column, so reports read top to bottom.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { a, b in
            (a.location.file, a.location.line, a.location.column) < (b.location.file, b.location.line, b.location.column)
        }
    }
}
