/// How many words a match of an element can cover (`span`), and the most any part of it, looks
/// behind included, needs to see (`deepSpan`).
struct SpanCalculator {
    let concepts: [CompiledConcept]
    private var conceptSpans: [Int: (span: Int, deep: Int)] = [:]

    init(concepts: [CompiledConcept]) { self.concepts = concepts }

    /// The most words a match of `element` can cover (as `BacktrackingRunner` bounds its look-behind).
    mutating func span(_ element: CompiledElement) -> Int {
        switch element {
        case .token, .prefix, .exact: return 1
        case .concept(let c): return conceptSpan(c).span
        case .alternatives(let branches): return branches.map { span($0) }.max() ?? 0
        case .optional(let inner): return span(inner)
        case .gap(let n): return n
        case .not, .start, .end: return 0
        }
    }

    mutating func span(_ elements: [CompiledElement]) -> Int { elements.reduce(0) { $0 + span($1) } }

    /// The largest span of the elements or of anything inside them (concept members, `!` look-behinds).
    mutating func deepSpan(_ elements: [CompiledElement]) -> Int {
        var deep = span(elements)
        for element in elements {
            switch element {
            case .token, .prefix, .exact, .gap, .start, .end: break
            case .concept(let c): deep = max(deep, conceptSpan(c).deep)
            case .alternatives(let branches): for branch in branches { deep = max(deep, deepSpan(branch)) }
            case .optional(let inner): deep = max(deep, deepSpan(inner))
            case .not(let inner): deep = max(deep, deepSpan([inner]))
            }
        }
        return deep
    }

    private mutating func conceptSpan(_ c: Int) -> (span: Int, deep: Int) {
        if let known = conceptSpans[c] { return known }
        conceptSpans[c] = (1, 1)  // concepts never include themselves (the compiler reports it); a guard all the same
        let sequences = concepts[c].sequences
        let longest = max(1, sequences.map { span($0) }.max() ?? 1)
        let deep = sequences.reduce(longest) { max($0, deepSpan($1)) }
        conceptSpans[c] = (longest, deep)
        return (longest, deep)
    }
}
