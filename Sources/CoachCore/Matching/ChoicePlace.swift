/// A quick-reply choice named by its place in the list: "2", "option 2", "number two", "the second one", "2nd",
/// "the last one", "top".
enum ChoicePlace {
    /// Words that only frame the place: "option 2", "the second one", "choice number 3".
    private static let framing: Set<String> = ["option", "number", "choice", "button", "one", "no", "num", "pls", "please"]
    private static let counted = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    private static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    /// The index of the choice the words name by its place, if they name nothing else; nil when out of range.
    static func index(_ words: [String], count: Int) -> Int? {
        guard count > 0 else { return nil }
        let placed = words.filter { !framing.contains($0) }
        if placed.isEmpty {
            return words == ["one"] ? 0 : nil  // "one" alone is the first; "option" alone is nothing
        }
        guard placed.count == 1, let index = index(of: placed[0], count: count), index < count else { return nil }
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
