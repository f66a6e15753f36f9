/// Expands English contractions, with or without the apostrophe.
enum Contractions {
    /// The words a raw word stands for: "didn't" → ["did", "not"], "won't" → ["will", "not"].
    static func expand(_ raw: ArraySlice<UInt8>) -> [String] {
        guard let apostrophe = raw.firstIndex(of: UInt8(ascii: "'")) else {
            let word = String(decoding: raw, as: UTF8.self)
            return Lexicon.bareContractions[word] ?? [word]
        }
        let base = String(decoding: raw[raw.startIndex..<apostrophe], as: UTF8.self)
        let suffix = String(decoding: raw[(apostrophe + 1)...].filter { $0 != UInt8(ascii: "'") }, as: UTF8.self)
        switch suffix {
        case "t" where base.hasSuffix("n"): return [negatedBase(String(base.dropLast())), "not"]
        case "re": return [base, "are"]
        case "m": return [base, "am"]
        case "ll": return [base, "will"]
        case "ve": return [base, "have"]
        case "d": return [base, "would"]
        case "s": return [base]
        default: return [base + suffix]
        }
    }

    private static func negatedBase(_ base: String) -> String {
        switch base {
        case "wo": return "will"
        case "ca": return "can"
        case "sha": return "shall"
        case "ai": return "is"
        default: return base
        }
    }
}
