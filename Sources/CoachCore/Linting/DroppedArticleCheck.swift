import Foundation

/// W0507: a phrase that ends in "a", "an" or "the" where nothing follows it. Articles are dropped from
/// messages and patterns alike, so a keyword "got a" is read as "got", and `![so the|because]` as
/// `![so|because]`, which excludes every "so". An article inside a pattern, with words after it, is harmless.
enum DroppedArticleCheck {
    static func run(_ script: Script) -> [Diagnostic] {
        script.wordPatternWarnings { pattern in
            endingPhrases(pattern.source).compactMap { phrase in
                let words = phrase.split(separator: " ")
                guard words.count >= 2, let last = words.last, articles.contains(String(last)) else { return nil }
                return (phrase, "'\(phrase)' is read as '\(words.dropLast().joined(separator: " "))': articles are dropped, "
                            + "so the phrase ends early; name the word after it or leave the article out")
            }
        }
    }

    static let articles: Set<String> = ["a", "an", "the"]

    /// The phrases with nothing after them: the pattern's last words, and each alternative of a `![...]` exclusion.
    static func endingPhrases(_ source: String) -> [String] {
        var phrases = [plainWords(lastFragment(source))]
        var rest = source[...]
        while let open = rest.range(of: "![") {
            guard let close = rest[open.upperBound...].firstIndex(of: "]") else { break }
            phrases += rest[open.upperBound..<close].split(separator: "|").map { plainWords(String($0)) }
            rest = rest[rest.index(after: close)...]
        }
        return phrases
    }

    /// The words after the last bracket or bar (the end of the pattern), or of the last alternative when it ends in `]`.
    private static func lastFragment(_ source: String) -> String {
        var text = source.trimmingCharacters(in: .whitespaces)
        while let last = text.last, last == "?" || last == "]" { text.removeLast() }
        guard let cut = text.lastIndex(where: { "[|".contains($0) }) else { return text }
        return String(text[text.index(after: cut)...])
    }

    /// The plain words of a fragment, lower case, without gaps, concepts, exclusions, anchors or quoted words.
    private static func plainWords(_ fragment: String) -> String {
        fragment.split(separator: " ").filter { word in !(word.first.map { "*~!^$\"".contains($0) } ?? true) }
            .map { $0.hasSuffix("?") ? String($0.dropLast()) : String($0) }.joined(separator: " ").lowercased()
    }
}
