import Foundation

/// Normalises messages and script phrases the same way, so both sides of a match agree.
///
/// Steps: fold case and accents, unify apostrophes, expand contractions ("didn't" → "did not"),
/// collapse white space, split into words, drop articles, stem each word.
public enum Normalizer {
    /// Normalises one message or phrase.
    public static func normalize(_ input: String) -> NormalizedText {
        var scanner = WordScanner(bytes: folded(input))
        return scanner.run()
    }

    /// Lower case with accents removed and typographic apostrophes made plain, over UTF-8 bytes.
    static func folded(_ input: String) -> [UInt8] {
        var bytes = Array(input.utf8)
        let isASCII = bytes.withUnsafeMutableBufferPointer { buffer -> Bool in
            for i in buffer.indices {
                let byte = buffer[i]
                if byte >= 0x80 { return false }
                buffer[i] = foldASCII(byte)
            }
            return true
        }
        if isASCII { return bytes }
        let folded = input.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        bytes.removeAll(keepingCapacity: true)
        for scalar in folded.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x02BC, 0x0060, 0x00B4: bytes.append(UInt8(ascii: "'"))
            case 0x00DF: bytes.append(contentsOf: [0x73, 0x73])  // ß
            case 0..<0x80: bytes.append(foldASCII(UInt8(scalar.value)))
            default:
                if let word = Lexicon.emojiWords[scalar.value] {
                    bytes.append(0x20)
                    bytes.append(contentsOf: Array(word.utf8))
                    bytes.append(0x20)
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    bytes.append(contentsOf: Array(String(scalar).lowercased().utf8))
                } else if isPunctuation(scalar) {
                    bytes.append(UInt8(ascii: ","))  // "—", "…", "«": a clause break, like a comma
                } else {
                    bytes.append(0x20)
                }
            }
        }
        return bytes
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    private static func foldASCII(_ byte: UInt8) -> UInt8 {
        if byte >= 0x41 && byte <= 0x5A { return byte + 32 }
        if byte < 0x20 || byte == 0x7F { return 0x20 }
        if byte == 0x60 { return UInt8(ascii: "'") }
        return byte
    }
}
