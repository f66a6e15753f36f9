import CoachCore

/// How the terminal chat looks: colour only on a terminal without NO_COLOR, nothing raw from users.
struct TerminalStyle {
    let color: Bool

    var prompt: String { color ? "\u{1B}[1;32m> \u{1B}[0m" : "> " }

    func render(_ replies: [Reply]) -> String {
        var out = ""
        for reply in replies {
            if !reply.text.isEmpty {
                out += paint("coach: ", "1;36") + reply.text.replacingNewlines(with: "\n       ") + "\n"
            }
            for (i, choice) in (reply.choices ?? []).enumerated() {
                out += "  " + paint("\(i + 1).", "1;33") + " \(choice)\n"
            }
        }
        return out
    }

    func notice(_ text: String) -> String { paint(text, "2") }
    func trace(_ line: String) -> String { paint("trace: " + Self.sanitized(line), "2;35") }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Text a user typed, with control characters and escape sequences made visible instead of raw.
    static func sanitized(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                out += "^" + String(UnicodeScalar(UInt8((scalar.value + 0x40) & 0x7F)))
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }

}
