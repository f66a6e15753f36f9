/// Turns diagnostics into the `file:line:column: error: message [E0101]` text, with the source line and a caret.
public struct DiagnosticRenderer: Sendable {
    /// The text of each file named in diagnostics, to quote the offending line.
    public var sources: [String: String]
    public var useColor: Bool

    public init(sources: [String: String], useColor: Bool = false) {
        self.sources = sources
        self.useColor = useColor
    }

    /// Renders one diagnostic and its notes; each ends with a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let loc = diagnostic.location
        let label = paint(diagnostic.severity.rawValue, color: colorCode(diagnostic.severity))
        out += "\(loc): \(label): \(diagnostic.message)\(diagnostic.code.map { " [\($0)]" } ?? "")\n"
        if let line = sourceLine(file: loc.file, line: loc.line) {
            let visible = String(line.map { $0 == "\t" ? " " : $0 })
            out += visible + "\n"
            out += String(repeating: " ", count: max(0, loc.column - 1)) + paint("^", color: "32") + "\n"
        }
        for note in diagnostic.notes { out += render(note) }
        return out
    }

    /// Renders every diagnostic in order, then nothing else.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    private func sourceLine(file: String, line: Int) -> Substring? {
        guard let text = sources[file], line >= 1 else { return nil }
        var current = 1
        for candidate in text.sourceLines {
            if current == line { return candidate }
            current += 1
        }
        return nil
    }

    private func colorCode(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return "1;31"
        case .warning: return "1;35"
        case .note: return "1;36"
        }
    }

    private func paint(_ text: String, color: String) -> String {
        useColor ? "\u{1B}[\(color)m\(text)\u{1B}[0m" : text
    }
}
