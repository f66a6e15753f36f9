/// W0505: a word whose stem is a common little word. The stemmer cuts endings by rule, so "innings"
/// is read as "in" and "used" as "us": the pattern then matches every "in" or "us" in a message. Quote
/// the word (`"innings"`) to match only that form. Irregular forms ("being" as "be") are meant and not
/// reported.
enum StemCollisionCheck {
    static func run(_ script: Script) -> [Diagnostic] {
        script.wordPatternWarnings { pattern in
            words(pattern.elements).compactMap { word in
                collision(word).map { stem in
                    (word, "'\(word)' is read as '\(stem)', so it also matches every '\(stem)'; write \"\(word)\" to match only that form")
                }
            }
        }
    }

    /// The common word a word's regular stem collapses to, or nil.
    static func collision(_ word: String) -> String? {
        guard Stemmer.irregularStems[word] == nil, let stem = Stemmer.changedStem(Array(word.utf8)[...]) else { return nil }
        return littleWords.contains(stem) ? stem : nil
    }

    /// Function words no longer word should be read as ("do" from "doing" is the same verb, so not here).
    static let littleWords: Set<String> = [
        "in", "us", "on", "at", "as", "is", "it", "an", "or", "he", "we", "so", "no", "to", "of", "by", "if", "me", "my",
    ]

    /// The plain words of a pattern (quoted words and word beginnings match as written).
    static func words(_ elements: [PatternElement]) -> [String] {
        PatternElement.leaves(of: elements).flatMap { element -> [String] in
            if case .word(let word) = element { return word.split(separator: " ").map(String.init) }
            return []
        }
    }
}
