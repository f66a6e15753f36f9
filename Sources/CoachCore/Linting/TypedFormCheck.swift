/// W0508: a dropped-g form ("walkin") written beside the full word ("walking") elsewhere in the script.
/// The speller corrects only words the script never uses, so once "walkin" is a script word, "walkin" in
/// a message is no longer read as "walking" and misses every other pattern written with "walking".
/// Write the full word only: the speller already reads the typed form.
enum TypedFormCheck {
    static func run(_ script: Script) -> [Diagnostic] {
        let patterns = script.allWordPatterns
        let used = Set(patterns.flatMap { words($0.elements) })
        return script.wordPatternWarnings { pattern in
            words(pattern.elements).compactMap { word in
                guard let full = fullForm(of: word), used.contains(full) else { return nil }
                return (word, "'\(word)' is the typed form of '\(full)': a script word is never spell-corrected, so '\(word)' "
                            + "in a message no longer matches the patterns written with '\(full)'; write '\(full)' only")
            }
        }
    }

    /// The full form of a dropped-g word ("walkin" -> "walking"), or nil when the word is not one.
    static func fullForm(of word: String) -> String? {
        word.count >= 5 && word.hasSuffix("in") ? word + "g" : nil
    }

    /// The words of a pattern as written, plain and quoted.
    static func words(_ elements: [PatternElement]) -> [String] {
        PatternElement.leaves(of: elements).flatMap { element -> [String] in
            switch element {
            case .word(let phrase), .exact(let phrase): return phrase.split(separator: " ").map(String.init)
            default: return []
            }
        }
    }
}
