/// A quick-reply choice named by its place in the list: "2", "option 2", "number two", "the second one", "2nd",
/// "the last one", "top".
enum ChoicePlace {
    /// The words that make a number word a place: "option two", "number one".
    private static let frameBefore: Set<String> = ["option", "number", "choice", "button", "num"]
    /// Words that only frame the place: those, and "no. 2", "2 please". ("One" after a place frames it too: "the second one".)
    private static let framing = frameBefore.union(["no", "pls", "please"])
    private static let counted = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    private static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    /// The index of the choice the words name by its place, if they name nothing else; nil when out of range.
    static func index(_ words: [String], count: Int) -> Int? {
        guard count > 0 else { return nil }
        var placed: [String] = []
        for word in words where !framing.contains(word) {
            // "The second one", "the last one": "one" after a place names no second place.
            if word == "one", !placed.isEmpty, placed.last != "one" { continue }
            placed.append(word)
        }
        guard placed.count == 1, !(placed[0] == "one" && words.contains("no")), let at = words.firstIndex(of: placed[0])
        else { return nil }
        let word = placed[0]
        // A number word alone is a count, not a place: "one" to "is anyone still hurt?" is one person. "Option two",
        // "number one" are places, and so are digits ("2").
        if counted.contains(word), !(at > 0 && frameBefore.contains(words[at - 1])) { return nil }
        // "Second" alone is time: "a second" (articles are dropped), "hang on a second". "The second one", "second option" are places.
        if word == "second", !(at + 1 < words.count && (words[at + 1] == "one" || frameBefore.contains(words[at + 1]))) { return nil }
        guard let index = index(of: word, count: count), index < count else { return nil }
        return index
    }

    /// The index one word names: a number, a number word, an ordinal ("second", "2nd"), or the ends of the list.
    private static func index(of word: String, count: Int) -> Int? {
        if let n = Int(word) { return n >= 1 ? n - 1 : nil }
        if let n = counted.firstIndex(of: word) ?? ordinals.firstIndex(of: word) { return n }
        switch word {
        case "last", "final", "bottom": return count - 1
        case "top": return 0
        default: break
        }
        // "1st", "2nd", "3rd", "4th": the digits before a two-letter ending.
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))), let n = Int(digits), n >= 1
        else { return nil }
        return n - 1
    }
}
