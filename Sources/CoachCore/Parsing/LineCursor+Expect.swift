extension LineCursor {
    /// A name after optional spaces, or an error `expected WHAT` where it should be.
    public mutating func expectName(_ what: String, into diagnostics: inout [Diagnostic]) -> Named? {
        skipSpaces()
        if let name = readName() { return name }
        diagnostics.append(.error("expected \(what)", at: location))
        return nil
    }

    /// `literal` after optional spaces, or the error `message` where it should be.
    public mutating func expect(_ literal: StaticString, _ message: String, into diagnostics: inout [Diagnostic]) -> Bool {
        if consume(literal) { return true }
        skipSpaces()
        diagnostics.append(.error(message, at: location))
        return false
    }

    /// Nothing but spaces left on the line, or the error `unexpected text '…'` where the text starts.
    @discardableResult
    public mutating func expectEnd(into diagnostics: inout [Diagnostic]) -> Bool {
        skipSpaces()
        if isAtEnd { return true }
        diagnostics.append(.error("unexpected text '\(rest.trimmingSpaces)'", at: location))
        return false
    }
}
