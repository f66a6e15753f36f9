/// Fits a reply into Twilio's limits (SMS and WhatsApp alike): a message body holds at most 1,600
/// characters and one TwiML response at most 10 messages.
enum TwilioMessages {
    static let maxCharacters = 1_600
    static let maxMessages = 10

    /// The reply's parts joined by blank lines into as few messages as fit; a part too long for one
    /// message is cut at the last line break or space before the limit. Past 10 messages the rest is dropped
    /// (no reply the coach's content has comes near it).
    static func fit(_ parts: [String]) -> [String] {
        var messages: [String] = []
        var current = ""
        for part in parts.flatMap(pieces) {
            let joined = current.isEmpty ? part : current + "\n\n" + part
            if length(joined) <= maxCharacters {
                current = joined
            } else {
                messages.append(current)
                current = part
            }
        }
        if !current.isEmpty { messages.append(current) }
        return Array(messages.prefix(maxMessages))
    }

    /// Twilio counts UTF-16 code units.
    static func length(_ text: String) -> Int { text.utf16.count }

    /// `text` cut into pieces that each fit one message.
    private static func pieces(_ text: String) -> [String] {
        var rest = Substring(text)
        var out: [String] = []
        while length(String(rest)) > maxCharacters {
            var end = rest.startIndex
            var units = 0
            for index in rest.indices {
                units += String(rest[index]).utf16.count
                if units > maxCharacters { break }
                end = rest.index(after: index)
            }
            let head = rest[..<end]
            let cut = head.lastIndex(where: { $0 == "\n" || $0 == " " }).map { $0 > head.startIndex ? $0 : end } ?? end
            out.append(String(rest[..<cut]))
            rest = rest[cut...].drop { $0 == "\n" || $0 == " " }
        }
        if !rest.isEmpty { out.append(String(rest)) }
        return out
    }
}
