/// `Contractions.expand` for a word typed in ASCII with an apostrophe, as bytes: the words are slices of the typed word or
/// of constant words, no `String` made (an unknown ending is joined to the word, as there).
///
/// Only ASCII with one apostrophe: there a byte is a character, so comparing bytes is what comparing `String`s does; any
/// other word is expanded by `Contractions.expand`.
enum ContractionBytes {
    /// The one or two words `raw` stands for, or nil when it is not ASCII, has no apostrophe, or has two (left to
    /// `Contractions.expand`).
    static func expand(_ raw: ArraySlice<UInt8>) -> (first: ArraySlice<UInt8>, second: ArraySlice<UInt8>?)? {
        var apostrophe = -1
        for k in raw.indices {
            let byte = raw[k]
            if byte >= 0x80 { return nil }
            if apostrophe < 0, byte == UInt8(ascii: "'") { apostrophe = k }
        }
        guard apostrophe >= 0 else { return nil }
        let base = raw[raw.startIndex..<apostrophe]
        let suffix = raw[(apostrophe + 1)...]
        if suffix.contains(UInt8(ascii: "'")) { return nil }
        switch suffix.count {
        case 1:
            switch suffix[suffix.startIndex] {
            case UInt8(ascii: "t") where base.last == UInt8(ascii: "n"): return (negatedBase(base.dropLast()), Words.not[...])
            case UInt8(ascii: "m"): return (base, Words.am[...])
            case UInt8(ascii: "d"): return (base, Words.would[...])
            case UInt8(ascii: "s"): return (base, nil)
            default: break
            }
        case 2:
            let pair = UInt16(suffix[suffix.startIndex]) << 8 | UInt16(suffix[suffix.startIndex + 1])
            switch pair {
            case pairOf("r", "e"): return (base, Words.are[...])
            case pairOf("l", "l"): return (base, Words.will[...])
            case pairOf("v", "e"): return (base, Words.have[...])
            default: break
            }
        default: break
        }
        return (base + suffix, nil)
    }

    private static func pairOf(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt16 { UInt16(a.value) << 8 | UInt16(b.value) }

    /// `Contractions.negatedBase` over bytes: "wo" (of "won't") is "will", "ca" is "can", "sha" is "shall", "ai" is "is".
    private static func negatedBase(_ base: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        if base.elementsEqual("wo".utf8) { return Words.will[...] }
        if base.elementsEqual("ca".utf8) { return Words.can[...] }
        if base.elementsEqual("sha".utf8) { return Words.shall[...] }
        if base.elementsEqual("ai".utf8) { return Words.is[...] }
        return base
    }

    /// The words contractions stand for, as bytes.
    private enum Words {
        static let not = Array("not".utf8), am = Array("am".utf8), would = Array("would".utf8), are = Array("are".utf8)
        static let will = Array("will".utf8), have = Array("have".utf8), can = Array("can".utf8), shall = Array("shall".utf8)
        static let `is` = Array("is".utf8)
    }
}
