/// Parses `slot = value and not other or third` up to a ':' or '->' (`and` binds tighter than `or`).
enum ConditionParser {
    static func parse(_ cursor: inout LineCursor, diagnostics: inout [Diagnostic]) -> Condition? {
        var alternatives: [[Condition.Term]] = []
        repeat {
            guard let terms = parseGroup(&cursor, diagnostics: &diagnostics) else { return nil }
            alternatives.append(terms)
        } while cursor.consumeWord("or")
        return Condition(alternatives: alternatives)
    }

    /// Terms joined by `and`.
    private static func parseGroup(_ cursor: inout LineCursor, diagnostics: inout [Diagnostic]) -> [Condition.Term]? {
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
        return terms
    }

    /// A value: a quoted string, or a run of name characters (possibly empty).
    static func readValue(_ cursor: inout LineCursor) -> String {
        cursor.skipSpaces()
        let quote = UInt8(ascii: "\"")
        if cursor.byte(at: cursor.position) == quote {
            var i = cursor.position + 1
            while i < cursor.count, cursor.bytes[i] != quote { i += 1 }
            let value = cursor.text((cursor.position + 1)..<i)
            cursor.position = min(i + 1, cursor.count)
            return value
        }
        let start = cursor.position
        while cursor.position < cursor.count, LineCursor.isNameByte(cursor.bytes[cursor.position]) { cursor.position += 1 }
        return cursor.text(start..<cursor.position)
    }
}
