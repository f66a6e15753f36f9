/// Decodes application/x-www-form-urlencoded bodies.
public enum FormDecoder {
    /// The (name, value) pairs in order: `&` separates pairs, the first `=` splits name from value
    /// (a pair without `=` has an empty value), `+` is a space and `%XX` a byte; empty pairs are
    /// skipped. Returns nil for a malformed escape or a result that is not valid UTF-8.
    public static func decode(_ body: [UInt8]) -> [(String, String)]? {
        var pairs: [(String, String)] = []
        for part in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = part.firstIndex(of: UInt8(ascii: "=")) ?? part.endIndex
            let rawValue = equals < part.endIndex ? part[(equals + 1)...] : part[part.endIndex...]
            guard let name = decodeComponent(part[part.startIndex..<equals]),
                  let value = decodeComponent(rawValue)
            else { return nil }
            pairs.append((name, value))
        }
        return pairs
    }

    private static func decodeComponent(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let decoded = PercentDecoding.decode(bytes, plusIsSpace: true) else { return nil }
        return validUTF8(decoded)
    }

    /// The bytes as a String, or nil if they are not well-formed UTF-8.
    static func validUTF8(_ bytes: [UInt8]) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return String(decoding: bytes, as: UTF8.self)
            case .error: return nil
            }
        }
    }
}
