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
        if let info = Lexicon.wordInfo.find(word.utf8), let known = info.irregularStem { return known }
        return regularStem(Array(word.utf8)[...])
    }

    /// The irregular forms and their stems (the scanner looks them up in `Lexicon.wordInfo`).
    static var irregularStems: [String: String] { irregular }

    /// The stem of a word that is not irregular, by the general rules, over its bytes (no copy).
    static func regularStem(_ w: ArraySlice<UInt8>) -> String {
        changedStem(w) ?? String(decoding: w, as: UTF8.self)
    }

    /// The stem of a word that is not irregular, or nil when the rules leave the word as it is.
    static func changedStem(_ w: ArraySlice<UInt8>) -> String? {
        regularCut(w).map { stem(of: w, $0) }
    }

    /// The stem `regularCut` gave `w`.
    static func stem(of w: ArraySlice<UInt8>, _ cut: (kept: Int, addsY: Bool)) -> String {
        let kept = w[w.startIndex..<(w.startIndex + cut.kept)]
        guard cut.addsY else { return String(decoding: kept, as: UTF8.self) }
        return String(decoding: Array(kept) + [UInt8(ascii: "y")], as: UTF8.self)
    }

    /// How the general rules change a word that is not irregular: the length of the beginning they keep, and whether a
    /// "y" follows it ("cries" -> "cry"); nil when they leave the word as it is.
    static func regularCut(_ w: ArraySlice<UInt8>) -> (kept: Int, addsY: Bool)? {
        let s = w.startIndex
        var n = w.count
        guard n > 3, w.allSatisfy({ $0 < 0x80 }) else { return nil }
        func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard n >= k else { return false }
            return suffix.withUTF8Buffer { buffer in
                var i = 0
                while i < k { if w[s + n - k + i] != buffer[i] { return false }; i += 1 }
                return true
            }
        }
        func hasVowel(_ m: Int) -> Bool {
            var i = 0
            while i < m {
                switch w[s + i] {
                case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): return true
                default: i += 1
                }
            }
            return false
        }
        func undouble() {
            guard n >= 3 else { return }
            let last = w[s + n - 1]
            if last == w[s + n - 2], !"lsfzaeiou".utf8.contains(last) { n -= 1 }
        }
        if ends("ies") || ends("ied"), n > 4 {
            // base + "y": none of the rules below applies to a word ending in y.
            return (n - 3, true)
        } else if ends("sses") {
            n -= 2
        } else if w[s + n - 1] == UInt8(ascii: "s"), !ends("ss"), !ends("us"), !ends("is") {
            n -= 1
        }
        if ends("ing"), hasVowel(n - 3), n > 4 {
            n -= 3
            undouble()
        } else if ends("ed"), !ends("eed"), hasVowel(n - 2), n > 3 {
            n -= 2
            undouble()
        }
        if n > 3, w[s + n - 1] == UInt8(ascii: "e") { n -= 1 }
        return n == w.count ? nil : (n, false)
    }
}
