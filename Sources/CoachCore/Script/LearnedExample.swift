/// One line of a `learn` file: the intent a message stands for (or `none`) and the message, with where it was written.
public struct LearnedExample: Equatable, Sendable {
    public let label: String
    public let message: String
    public let location: SourceLocation

    /// The examples of a `learn` file, one per line (`label<TAB>message`; blank lines and `#` comments skipped),
    /// and a diagnostic for each line that is not one.
    static func parse(_ text: String, file: String) -> ([LearnedExample], [Diagnostic]) {
        var examples: [LearnedExample] = []
        var problems: [Diagnostic] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(line).trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let here = SourceLocation(file: file, line: offset + 1, column: 1)
            guard let tab = line.firstIndex(of: "\t") else {
                problems.append(.error("expected a label, a tab and a message", at: here))
                continue
            }
            let label = String(line[..<tab]).trimmingSpaces
            let message = String(line[line.index(after: tab)...]).trimmingSpaces
            let column = line.distance(from: line.startIndex, to: tab) + 2
            if label.isEmpty { problems.append(.error("expected a label before the tab", at: here)); continue }
            if message.isEmpty {
                problems.append(.error("expected a message after the tab", at: SourceLocation(file: file, line: offset + 1, column: column)))
                continue
            }
            examples.append(LearnedExample(label: label, message: message, location: here))
        }
        return (examples, problems)
    }
}
