/// The words a match can start with, to try a concept's longer members only at words that can start them.
struct StartWords {
    let concepts: [CompiledConcept]
    private var known: [Int: Set<Int32>?] = [:]

    init(concepts: [CompiledConcept]) { self.concepts = concepts }

    /// The ids every non-empty match of `elements` starts with, and whether it can be empty; nil when
    /// it can start with any word (a gap, a word beginning or an exact word comes first).
    mutating func first(_ elements: [CompiledElement]) -> (ids: Set<Int32>, nullable: Bool)? {
        var ids = Set<Int32>()
        for element in elements {
            switch element {
            case .token(let id):
                ids.insert(id)
                return (ids, false)
            case .prefix, .exact, .gap:
                return nil
            case .concept(let c):
                guard let start = conceptFirst(c) else { return nil }
                return (ids.union(start), false)
            case .alternatives(let branches):
                var nullable = false
                for branch in branches {
                    guard let start = first(branch) else { return nil }
                    ids.formUnion(start.ids)
                    nullable = nullable || start.nullable
                }
                if !nullable { return (ids, false) }
            case .optional(let inner):
                guard let start = first(inner) else { return nil }
                ids.formUnion(start.ids)
            case .not, .start, .end:
                continue
            }
        }
        return (ids, true)
    }

    /// The ids a concept's matches start with (they are never empty), or nil for any word.
    private mutating func conceptFirst(_ c: Int) -> Set<Int32>? {
        if let start = known[c] { return start }
        known[c] = .some(nil)  // concepts never include themselves (the compiler reports it); a guard all the same
        let concept = concepts[c]
        var ids: Set<Int32>? = concept.prefixes.isEmpty && concept.exacts.isEmpty ? concept.singles : nil
        for member in concept.sequences where ids != nil {
            if let start = first(member) { ids!.formUnion(start.ids) } else { ids = nil }
        }
        known[c] = .some(ids)
        return ids
    }
}
