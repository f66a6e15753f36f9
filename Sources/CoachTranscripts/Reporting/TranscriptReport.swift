import CoachCore

/// Turns results into the text `coach test` prints: a line per conversation, details for a failure,
/// coverage, and the summary. Colour only when asked.
public struct TranscriptReport: Sendable {
    public var useColor: Bool
    static let indent = "      "

    public init(useColor: Bool = false) { self.useColor = useColor }

    /// `PASS  file:line: name`, or `FAIL  …` followed by what went wrong; ends with a newline.
    public func render(_ result: ConversationResult) -> String {
        let label = result.passed ? paint("PASS", "1;32") : paint("FAIL", "1;31")
        var out = "\(label)  \(result.file):\(result.location.line): \(result.name)\n"
        if let failure = result.failure { out += render(failure) }
        return out
    }

    /// The failing turn: where it is, each expectation it missed, what the coach did, and the trace.
    public func render(_ failure: TurnFailure) -> String {
        let i = Self.indent
        var out = "\(i)turn \(failure.turnNumber), \(failure.turn.location): \(failure.turn.inputSource)\n"
        out += usedAt(failure.turn.usedAt)
        var showedDiff = false
        for mismatch in failure.mismatches {
            out += "\(i)\(mismatch.expectation.location): \(mismatch.message)\n"
            out += usedAt(mismatch.expectation.usedAt)
            for line in mismatch.diff {
                showedDiff = true
                out += diffLine(line)
            }
        }
        let actual = failure.actual
        out += "\(i)the coach did:\n"
        if !showedDiff {
            for message in actual.messages { out += "\(i)  < " + message.replacingOccurrences(of: "\n", with: "\n\(i)  | ") + "\n" }
        }
        if !actual.choices.isEmpty { out += "\(i)  choices: \(actual.choices.joined(separator: " | "))\n" }
        out += "\(i)  state: \(actual.state)\(actual.ended ? " (the conversation ended)" : "")\n"
        out += "\(i)  intent: \(actual.intent ?? "none")\n"
        if !actual.tags.isEmpty { out += "\(i)  tags: \(actual.tags.joined(separator: ", "))\n" }
        if !actual.trace.isEmpty {
            out += "\(i)trace:\n"
            for line in actual.trace { out += paint("\(i)  \(line)", "2") + "\n" }
        }
        return out
    }

    /// A file with errors: the diagnostics are rendered apart; this is its line among the results.
    public func renderBroken(_ file: SuiteResult.FileResult) -> String {
        let errors = file.diagnostics.filter(\.isError).count
        return "\(paint("FAIL", "1;31"))  \(file.path): \(errors) error\(errors == 1 ? "" : "s") in the file, so none of its tests ran\n"
    }

    /// The coverage section: a line per kind with the count and percentage, then what was never exercised.
    public func render(_ coverage: CoverageReport) -> String {
        var out = "coverage:\n"
        for (name, part, never) in [("states", coverage.states, "never entered"), ("transitions", coverage.transitions, "never taken"),
                                    ("intents", coverage.intents, "never matched")] {
            out += "  \(name): \(part.exercised.count) of \(part.total) (\(part.percent)%)\n"
            if !part.missed.isEmpty { out += "    \(never): \(part.missed.joined(separator: ", "))\n" }
        }
        return out
    }

    /// The last line: `N passed, N failed`.
    public static func summary(passed: Int, failed: Int) -> String {
        "\(passed) passed, \(failed) failed\n"
    }

    private func usedAt(_ locations: [SourceLocation]) -> String {
        locations.map { "\(Self.indent)  (in shared steps used at \($0))\n" }.joined()
    }

    private func diffLine(_ line: DiffLine) -> String {
        let (sign, color) = switch line.kind {
        case .same: (" ", "")
        case .expected: ("-", "31")
        case .actual: ("+", "32")
        }
        let pieces = line.text.split(separator: "\n", omittingEmptySubsequences: false)
        return pieces.enumerated().map { index, piece in
            let text = "\(Self.indent)  \(sign)\(index == 0 ? "" : "| ")\(piece)"
            return (color.isEmpty ? text : paint(text, color)) + "\n"
        }.joined()
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
