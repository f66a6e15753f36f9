/// A test on slots: `setting = work and not danger`.
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

    /// All terms must hold.
    public var terms: [Term]

    /// True when every term holds for the given slot values.
    public func holds(_ lookup: (String) -> String?) -> Bool {
        terms.allSatisfy { term in
            let value = lookup(term.slot.name) ?? ""
            switch term.test {
            case .isSet: return !value.isEmpty
            case .isUnset: return value.isEmpty
            case .equals(let expected): return value == expected
            case .notEquals(let expected): return value != expected
            }
        }
    }

    /// The condition as written, for traces and graphs.
    public var source: String {
        terms.map { term in
            switch term.test {
            case .isSet: return term.slot.name
            case .isUnset: return "not \(term.slot.name)"
            case .equals(let v): return "\(term.slot.name) = \(v)"
            case .notEquals(let v): return "\(term.slot.name) != \(v)"
            }
        }.joined(separator: " and ")
    }
}
