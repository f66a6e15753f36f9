/// Rewrites of regular expressions that keep their meaning and make ICU faster.
enum RegexTuning {
    /// Moves a `\b` that follows leading lookbehinds to the front: `(?<!x )(?<!y )\bword` becomes
    /// `\b(?<!x )(?<!y )word`. Zero-width assertions at one position can be checked in any order, and
    /// ICU then evaluates the costly lookbehinds only at word starts instead of at every position.
    static func hoistWordBoundary(_ pattern: String) -> String {
        let bytes = Array(pattern.utf8)
        var i = 0
        var sawLookbehind = false
        while i + 3 < bytes.count, bytes[i] == UInt8(ascii: "("), bytes[i + 1] == UInt8(ascii: "?"), bytes[i + 2] == UInt8(ascii: "<"),
              bytes[i + 3] == UInt8(ascii: "!") || bytes[i + 3] == UInt8(ascii: "=") {
            guard let close = closingParenthesis(bytes, from: i) else { return pattern }
            i = close + 1
            sawLookbehind = true
        }
        guard sawLookbehind, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "b") else { return pattern }
        return "\\b" + String(decoding: bytes[0..<i], as: UTF8.self) + String(decoding: bytes[(i + 2)...], as: UTF8.self)
    }

    /// The index of the `)` that closes the group opening at `start`, skipping escapes and classes.
    private static func closingParenthesis(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var j = start
        while j < bytes.count {
            switch bytes[j] {
            case UInt8(ascii: "\\"): j += 1
            case UInt8(ascii: "["):
                j += 1
                while j < bytes.count, bytes[j] != UInt8(ascii: "]") { if bytes[j] == UInt8(ascii: "\\") { j += 1 }; j += 1 }
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return j }
            default: break
            }
            j += 1
        }
        return nil
    }
}
