/// Finds where each `regex:` line of a script is written, so tools print `file:line`, never a whole regex.
public struct RegexLocator: Sendable {
    private var locations: [String: SourceLocation] = [:]
    /// The sources, longest first, for `shorten`.
    private var sources: [String] = []

    /// Indexes the `regex:` lines of every source file (as `DialogueLoader.load(folder:from:)` returns them).
    public init(sources: [String: String]) {
        for (file, text) in sources.sorted(by: { $0.key < $1.key }) {
            for (index, line) in text.sourceLines.enumerated() {
                let trimmed = String(line).trimmingSpaces
                guard trimmed.hasPrefix("regex:") else { continue }
                let source = String(trimmed.dropFirst("regex:".count)).trimmingSpaces
                let column = line.count - String(line).drop(while: { $0 == " " || $0 == "\t" }).count + 1
                if locations[source] == nil { locations[source] = SourceLocation(file: file, line: index + 1, column: column) }
            }
        }
        self.sources = locations.keys.sorted { $0.count > $1.count }
    }

    /// A trace line with every whole regex (`regex /…/`) replaced by where it is written.
    public func shorten(_ line: String) -> String {
        guard line.contains("regex /") else { return line }
        var out = ""
        var rest = Substring(line)
        while let marker = rest.range(of: "regex /") {
            out += rest[..<marker.lowerBound]
            let after = rest[marker.upperBound...]
            if let source = sources.first(where: { after.hasPrefix($0 + "/") }), let location = locations[source] {
                out += "regex at \(location.file):\(location.line)"
                rest = after.dropFirst(source.count + 1)
            } else {
                out += "regex /"
                rest = after
            }
        }
        return out + rest
    }

    /// Where a regex with this source is written, if it is.
    public func location(of source: String) -> SourceLocation? { locations[source] }

    /// Evidence for people: `keyword "knife"`, `pattern at file:line`, `regex at file:line`.
    public func describe(_ source: MessageAnalysis.Hit.Source) -> String {
        switch source {
        case .keyword(let text): return "keyword \"\(text)\""
        case .pattern(let location): return "pattern at \(location.file):\(location.line)"
        case .regex(let text):
            if let location = locations[text] { return "regex at \(location.file):\(location.line)" }
            return "regex /\(text.count > 40 ? text.prefix(40) + "…" : text)/"
        }
    }
}
