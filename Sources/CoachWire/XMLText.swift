/// XML escaping, shared by JUnit reports and TwiML replies.
public enum XMLText {
    /// A quoted attribute value, escaped; line breaks and tabs kept as character references.
    public static func attribute(_ value: String) -> String {
        "\"" + escaped(value, alsoEscaping: attributeOnly) + "\""
    }

    /// Element text, escaped.
    public static func text(_ value: String) -> String {
        escaped(value, alsoEscaping: [:])
    }

    private static let always: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"]
    private static let attributeOnly: [Unicode.Scalar: String] = ["\"": "&quot;", "'": "&apos;", "\n": "&#10;", "\t": "&#9;"]

    private static func escaped(_ value: String, alsoEscaping extra: [Unicode.Scalar: String]) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            if let reference = always[scalar] ?? extra[scalar] {
                out += reference
            } else {
                out.unicodeScalars.append(allowed(scalar))
            }
        }
        return out
    }

    /// Characters XML 1.0 forbids even as references (most control characters) become U+FFFD.
    private static func allowed(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return scalar
        default: return "\u{FFFD}"
        }
    }
}
