import CoachCore

/// A large synthetic script: many intents with distinct keywords and regexes, many states.
enum GeneratedScript {
    static func word(_ i: Int) -> String {
        let letters = Array("bcdfghjklmnprstvz")
        var n = i
        var out = ""
        repeat {
            out.append(letters[n % letters.count])
            out.append(["a", "e", "i", "o", "u"][n % 5])
            n /= letters.count
        } while n > 0
        return out + "x"
    }

    static func make(intents: Int, states: Int) -> String {
        var lines = ["start s0", "interrupt i0 -> s0"]
        for i in 0..<intents {
            lines.append("intent i\(i)")
            lines.append("  keywords: \(word(i)), \(word(i)) \(word(i + 1)), \(word(i + intents))")
            if i % 10 == 0 { lines.append("  regex: \\b\(word(i))q+\\b") }
        }
        for s in 0..<states {
            lines.append("state s\(s)")
            lines.append("  say: State \(s) says hello, {name}.")
            lines.append("  set: name = n\(s)")
            for k in 0..<5 {
                lines.append("  on i\((s * 5 + k) % intents) -> s\((s + k + 1) % states)")
            }
            lines.append("  choice: Next -> s\((s + 1) % states)")
            lines.append("  on any -> s\((s + 2) % states)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func parse(_ text: String) -> Script {
        DialogueLoader.load(entry: "generated.coach") { _ in .success(text) }.0
    }

    /// Messages that hit the generated keywords, miss them, or are ordinary.
    static let messages: [String] = (0..<64).map { i in
        switch i % 4 {
        case 0: return "i think \(word(i * 37)) happened"
        case 1: return "\(word(i * 11)) \(word(i * 11 + 1)) and more words here"
        case 2: return "nothing to see \(word(i * 13))q here"
        default: return "a fairly ordinary sentence about nothing in particular number \(i)"
        }
    }
}
