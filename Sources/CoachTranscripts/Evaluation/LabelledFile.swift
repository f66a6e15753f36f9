import CoachCore

/// A labelled list for `coach eval`: `label<TAB>message` lines, `#` comments, and the directives
/// `# state: NAME` and `# focus: a, b, c`.
public struct LabelledFile: Sendable, Equatable {
    /// One labelled message.
    public struct Row: Sendable, Equatable {
        public var label: String
        public var message: String
        public var line: Int

        public init(label: String, message: String, line: Int) {
            self.label = label
            self.message = message
            self.line = line
        }
    }

    public var rows: [Row] = []
    /// `# state: NAME`, if the file has one.
    public var state: String?
    /// `# focus: a, b`, if the file has one.
    public var focus: [String]?

    /// Parses the text of a file named `path`; lines without a tab are reported at their line.
    public static func parse(_ text: String, path: String) -> (LabelledFile, [Diagnostic]) {
        var file = LabelledFile()
        var diagnostics: [Diagnostic] = []
        for (index, raw) in text.sourceLines.enumerated() {
            let line = raw
            let number = index + 1
            let trimmed = String(line).trimmingSpaces
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#") {
                let body = String(trimmed.dropFirst()).trimmingSpaces
                if let value = directive("state", in: body) {
                    file.state = value
                } else if let value = directive("focus", in: body) {
                    file.focus = value.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
                }
                continue
            }
            guard let tab = line.firstIndex(of: "\t") else {
                diagnostics.append(.error("expected 'label<TAB>message'", at: SourceLocation(file: path, line: number, column: 1)))
                continue
            }
            let label = String(line[..<tab]).trimmingSpaces
            let message = String(line[line.index(after: tab)...]).trimmingSpaces
            if label.isEmpty || message.isEmpty {
                let column = label.isEmpty ? 1 : line[..<tab].count + 2
                diagnostics.append(.error(label.isEmpty ? "expected a label before the tab" : "expected a message after the tab",
                                          at: SourceLocation(file: path, line: number, column: column)))
                continue
            }
            file.rows.append(Row(label: label, message: message, line: number))
        }
        return (file, diagnostics)
    }

    private static func directive(_ name: String, in body: String) -> String? {
        guard body.hasPrefix(name + ":") else { return nil }
        return String(body.dropFirst(name.count + 1)).trimmingSpaces
    }
}
