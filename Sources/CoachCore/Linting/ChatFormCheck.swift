/// W0510: a one-letter chat form ("n", "u", "w") written without the word it stands for on the same line. Messages and patterns
/// are normalised alike, so a keyword "n" is read as "and" and matches every "and" ("standing close and staring at her"
/// was a "no"). Write the word it stands for, or, for a lone "n" meaning no, a whole-message pattern (`^ and $`).
enum ChatFormCheck {
    static func run(_ script: Script) -> [Diagnostic] {
        // The words written on each line: "should you, should u" and "[you|u]" name both, so the letter is the chat form
        // on purpose.
        var byLine: [String: Set<String>] = [:]
        for pattern in script.allWordPatterns {
            byLine["\(pattern.location.file):\(pattern.location.line)", default: []].formUnion(writtenWords(pattern.source))
        }
        return script.wordPatternWarnings { pattern in
            let line = byLine["\(pattern.location.file):\(pattern.location.line)"] ?? []
            return writtenWords(pattern.source).compactMap { word in
                guard let read = readAs(word), !line.contains(read) else { return nil }
                return (word, "'\(word)' reads as '\(read)': chat forms are read as the words they stand for, so it matches every "
                            + "'\(read)'; write '\(read)', or match a lone '\(word)' with a whole-message pattern (^ \(read) $)")
            }
        }
    }

    /// The words of a pattern as written (its elements hold them normalised: "n" is already "and" there), without
    /// concepts, gaps, anchors or quoted words.
    static func writtenWords(_ source: String) -> [String] {
        source.split(whereSeparator: { " []|?!(),".contains($0) })
            .filter { word in !(word.first.map { "~*^$\"".contains($0) } ?? true) }
            .map { $0.lowercased() }
    }

    /// The one word a one-letter chat form stands for ("n" -> "and"), or nil when the word is not one.
    static func readAs(_ word: String) -> String? {
        guard word.count == 1, let expansion = Lexicon.bareContractions[word.lowercased()], expansion.count == 1,
              expansion[0] != word.lowercased() else { return nil }
        return expansion[0]
    }
}
