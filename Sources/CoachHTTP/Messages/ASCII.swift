/// Byte classes and case folding from RFC 9110, shared by the parser and the serializer.
enum ASCII {
    static let cr: UInt8 = 13
    static let lf: UInt8 = 10
    static let space: UInt8 = 32
    static let tab: UInt8 = 9
    static let colon: UInt8 = 58

    /// tchar: the characters allowed in a token (methods, header names).
    static let isTokenByte: [Bool] = (0..<256).map { b in
        switch UInt8(b) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(UInt8(b))
        }
    }

    /// field-vchar, SP and HTAB: what a header value may contain (obs-text included).
    static func isFieldValueByte(_ b: UInt8) -> Bool {
        b == tab || (b >= 0x20 && b != 0x7F)
    }

    /// Visible ASCII, the bytes allowed in a request target.
    static func isVisible(_ b: UInt8) -> Bool { b > 0x20 && b < 0x7F }

    static func lowercased(_ b: UInt8) -> UInt8 {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
    }

    /// ASCII case-insensitive equality without allocating.
    static func equalsIgnoringCase(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in equalsIgnoringCase(x, y) } }
    }

    static func equalsIgnoringCase(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        for i in 0..<x.count where lowercased(x[i]) != lowercased(y[i]) { return false }
        return true
    }

    /// Whether a comma-separated header value lists `token` (case-insensitive).
    static func listContains(_ value: String, token: String) -> Bool {
        value.split(separator: ",").contains { part in
            equalsIgnoringCase(String(part.trimmingOWS), token)
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs (RFC 9110 OWS).
    var trimmingOWS: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return s
    }
}
