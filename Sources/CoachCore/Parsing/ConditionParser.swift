/// Parses `slot = value and not other` up to a ':' or '->'.
enum ConditionParser {
    static func parse(_ cursor: inout LineCursor, diagnostics: inout [Diagnostic]) -> Condition? {
        var terms: [Condition.Term] = []
        repeat {
            let negated = cursor.consumeWord("not")
            cursor.skipSpaces()
            guard let slot = cursor.readName(), !slot.name.hasPrefix("@") else {
                diagnostics.append(.error("expected a slot name in the condition", at: cursor.location))
                return nil
            }
            if cursor.consume("!=") {
                terms.append(.init(slot: slot, test: negated ? .equals(readValue(&cursor)) : .notEquals(readValue(&cursor))))
            } else if cursor.consume("=") {
                terms.append(.init(slot: slot, test: negated ? .notEquals(readValue(&cursor)) : .equals(readValue(&cursor))))
            } else {
                terms.append(.init(slot: slot, test: negated ? .isUnset : .isSet))
            }
        } while cursor.consumeWord("and")
        return Condition(terms: terms)
    }

    /// A value: a quoted string, or a run of name characters (possibly empty).
    static func readValue(_ cursor: inout LineCursor) -> String {
        cursor.skipSpaces()
        if cursor.position < cursor.chars.count, cursor.chars[cursor.position] == "\"" {
            var value = ""
            var i = cursor.position + 1
            while i < cursor.chars.count, cursor.chars[i] != "\"" { value.append(cursor.chars[i]); i += 1 }
            cursor.position = min(i + 1, cursor.chars.count)
            return value
        }
        let start = cursor.position
        while cursor.position < cursor.chars.count, LineCursor.isNameCharacter(cursor.chars[cursor.position]) { cursor.position += 1 }
        return String(cursor.chars[start..<cursor.position])
    }
}
