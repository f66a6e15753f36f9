/// A light English stemmer: enough to match plurals and -ing/-ed forms, applied to both sides of a match.
public enum Stemmer {
    private static let irregular: [String: String] = [
        "men": "man", "women": "woman", "children": "child", "people": "person", "knives": "knif",
        "wives": "wif", "lives": "lif", "teeth": "tooth", "feet": "foot", "mice": "mous",
        "threw": "throw", "thrown": "throw", "beaten": "beat", "bitten": "bite", "hidden": "hid",
        "fought": "fight", "caught": "catch", "taught": "teach", "told": "tell", "said": "say",
        "grabbed": "grab", "hurts": "hurt", "was": "be", "were": "be", "is": "be", "are": "be", "am": "be",
        "being": "be", "been": "be", "practise": "practic", "practising": "practic", "practised": "practic",
        "dying": "die", "died": "die", "lying": "lie", "lied": "lie", "tying": "tie", "tied": "tie",
        // Words the general rules would merge with others: here/her, note/not, plane/plan, stare/star.
        "here": "here", "note": "note", "notes": "note", "noted": "note", "noting": "note",
        "plane": "plane", "planes": "plane", "stare": "stare", "stares": "stare", "stared": "stare", "staring": "stare",
    ]

    /// The stem of a normalised (lower-case) word.
    public static func stem(_ word: String) -> String {
        if let known = irregular[word] { return known }
        var w = Array(word.utf8)
        guard w.count > 3, w.allSatisfy({ $0 < 0x80 }) else { return word }
        if (w.hasSuffixBytes("ies") || w.hasSuffixBytes("ied")), w.count > 4 {
            w.removeLast(3); w.append(UInt8(ascii: "y"))
        } else if w.hasSuffixBytes("sses") {
            w.removeLast(2)
        } else if w.last == UInt8(ascii: "s"), !w.hasSuffixBytes("ss"), !w.hasSuffixBytes("us"), !w.hasSuffixBytes("is") {
            w.removeLast()
        }
        if w.hasSuffixBytes("ing"), hasVowel(w.dropLast(3)), w.count > 4 {
            w.removeLast(3); undouble(&w)
        } else if w.hasSuffixBytes("ed"), !w.hasSuffixBytes("eed"), hasVowel(w.dropLast(2)), w.count > 3 {
            w.removeLast(2); undouble(&w)
        }
        if w.count > 3, w.last == UInt8(ascii: "e") { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }

    private static func hasVowel(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.contains { "aeiouy".utf8.contains($0) }
    }

    private static func undouble(_ w: inout [UInt8]) {
        guard w.count >= 3 else { return }
        let last = w[w.count - 1]
        if last == w[w.count - 2], !"lsfzaeiou".utf8.contains(last) { w.removeLast() }
    }
}

extension Array where Element == UInt8 {
    func hasSuffixBytes(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard count >= n else { return false }
        return suffix.withUTF8Buffer { buffer in
            var i = 0
            while i < n { if self[count - n + i] != buffer[i] { return false }; i += 1 }
            return true
        }
    }
}
