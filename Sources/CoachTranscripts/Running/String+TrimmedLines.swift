import CoachCore

extension String {
    /// Each line trimmed of surrounding spaces, so indentation and trailing spaces never decide a test.
    var trimmedLines: String {
        guard contains("\n") || first == " " || last == " " || first == "\t" || last == "\t" else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }.joined(separator: "\n")
    }
}
