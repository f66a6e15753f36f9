/// A test on slots: `setting = work and not danger`, `not region or region = other` (`and` binds
/// tighter than `or`).
public struct Condition: Hashable, Sendable {
    /// One comparison in a condition.
    public enum Test: Hashable, Sendable {
        case isSet
        case isUnset
        case equals(String)
        case notEquals(String)
    }

    /// One slot and its test.
    public struct Term: Hashable, Sendable {
        public var slot: Named
        public var test: Test
    }

    /// The condition holds when every term of one of these groups holds.
    public var alternatives: [[Term]]

    /// Every term, whichever group it is in (the slots a condition reads).
    public var terms: [Term] { alternatives.flatMap { $0 } }

    public init(terms: [Term]) { alternatives = [terms] }

    public init(alternatives: [[Term]]) { self.alternatives = alternatives }

    /// True when every term of some group holds for the given slot values.
    public func holds(_ lookup: (String) -> String?) -> Bool {
        // Each term's slot name and test are read in place: a copy of the whole term (what `contains` and `allSatisfy`
        // hand out) retains its source file's name too (a state's messages ask a condition each, turn after turn).
        for g in alternatives.indices {
            let count = alternatives[g].count
            var t = 0
            while t < count, Self.holds(alternatives[g][t].test, lookup(alternatives[g][t].slot.name) ?? "") { t += 1 }
            if t == count { return true }
        }
        return false
    }

    private static func holds(_ test: Test, _ value: String) -> Bool {
        switch test {
        case .isSet: return !value.isEmpty
        case .isUnset: return value.isEmpty
        case .equals(let expected): return value == expected
        case .notEquals(let expected): return value != expected
        }
    }

    /// The condition as written, for traces and graphs.
    public var source: String {
        alternatives.map { group in group.map { term in
            switch term.test {
            case .isSet: return term.slot.name
            case .isUnset: return "not \(term.slot.name)"
            case .equals(let v): return "\(term.slot.name) = \(v)"
            case .notEquals(let v): return "\(term.slot.name) != \(v)"
            }
        }.joined(separator: " and ") }.joined(separator: " or ")
    }
}
