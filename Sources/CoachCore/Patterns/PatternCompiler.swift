/// Resolves word patterns: words to vocabulary ids, `~names` to concepts; reports unknown concepts and cycles.
struct PatternCompiler {
    var vocabulary = Vocabulary()
    private(set) var concepts: [CompiledConcept] = []
    private var conceptIDs: [String: Int] = [:]
    /// Each written word's vocabulary id, so a word used by many patterns is stemmed once.
    private var wordIDs: [String: Int32] = [:]
    var diagnostics: [Diagnostic] = []
    /// Every quoted word (`"headbutted"`): the speller leaves a typed word that is one of them as it is.
    private(set) var exactWords = Set<String>()

    /// Compiles every concept, in an order where included concepts come first.
    mutating func compileConcepts(_ decls: [ConceptDecl]) {
        var declByName: [String: ConceptDecl] = [:]
        for decl in decls {
            if let first = declByName[decl.name.name] {
                diagnostics.append(.error("concept '\(decl.name.name)' is defined twice", at: decl.name.location,
                                          notes: [Diagnostic(.note, "the first definition is here", at: first.name.location)]))
                continue
            }
            declByName[decl.name.name] = decl
            conceptIDs[decl.name.name] = concepts.count
            concepts.append(CompiledConcept(name: decl.name.name))
        }
        var done = Set<String>()
        var visiting: [String] = []
        func reportCycle(_ other: Named) {
            let cycle = (visiting.drop(while: { $0 != other.name }) + [other.name]).joined(separator: " -> ")
            diagnostics.append(.error("concepts include each other: \(cycle)", at: other.location))
        }
        func visit(_ decl: ConceptDecl) {
            let name = decl.name.name
            if done.contains(name) { return }
            if visiting.contains(name) { return }
            visiting.append(name)
            var concept = CompiledConcept(name: name)
            for member in decl.members {
                if member.elements.count == 1, case .concept(let other) = member.elements[0] {
                    if visiting.contains(other.name) {
                        reportCycle(other)
                        continue
                    }
                    guard let included = declByName[other.name] else { _ = resolveConcept(other); continue }
                    visit(included)
                    let compiled = concepts[conceptIDs[other.name]!]
                    concept.singles.formUnion(compiled.singles)
                    concept.exacts.formUnion(compiled.exacts)
                    concept.prefixes += compiled.prefixes
                    concept.sequences += compiled.sequences
                    continue
                }
                if member.elements.count == 1, case .word(let word) = member.elements[0] {
                    concept.singles.insert(id(ofWord: word))
                    continue
                }
                if member.elements.count == 1, case .exact(let word) = member.elements[0] {
                    concept.exacts.insert(Array(word.utf8))
                    exactWords.insert(word)
                    concept.firstPrefixes.append(Array(word.utf8))
                    continue
                }
                if member.elements.count == 1, case .prefix(let prefix) = member.elements[0] {
                    concept.prefixes.append(Array(prefix.utf8))
                    continue
                }
                // A phrase member's concepts are included too: a cycle through them would recurse forever when matching.
                var isCyclic = false
                for other in Self.conceptNames(in: member.elements) {
                    if visiting.contains(other.name) {
                        reportCycle(other)
                        isCyclic = true
                    } else if let included = declByName[other.name] {
                        visit(included)
                    }
                }
                if isCyclic { continue }
                concept.sequences.append(compile(member.elements, inConcept: visiting))
            }
            concept.firstIDs = concept.singles
            // In a fixed order (a set's order follows the process's hash seed): the index numbers word beginnings
            // in this order, and the order candidates are found in decides which of two equal pieces of evidence a trace names.
            concept.firstPrefixes = concept.prefixes + concept.sortedExacts
            for sequence in concept.sequences {
                let first = firstSet(sequence)
                concept.firstIDs.formUnion(first.ids)
                concept.firstPrefixes += first.prefixes
            }
            concepts[conceptIDs[name]!] = concept
            visiting.removeLast()
            done.insert(name)
        }
        for decl in decls where conceptIDs[decl.name.name] != nil { visit(decl) }
        // A longer member may start with a concept compiled after it: settle the start sets.
        var changed = true
        while changed {
            changed = false
            for c in concepts.indices {
                for sequence in concepts[c].sequences {
                    let first = firstSet(sequence)
                    let before = concepts[c].firstIDs.count
                    concepts[c].firstIDs.formUnion(first.ids)
                    for p in first.prefixes where !concepts[c].firstPrefixes.contains(p) {
                        concepts[c].firstPrefixes.append(p)
                        changed = true
                    }
                    if concepts[c].firstIDs.count != before { changed = true }
                }
            }
        }
    }

    /// The vocabulary id of a written word's stem.
    private mutating func id(ofWord word: String) -> Int32 {
        if let known = wordIDs[word] { return known }
        let id = vocabulary.intern(Stemmer.stem(word))
        wordIDs[word] = id
        return id
    }

    /// The concepts named anywhere in some elements.
    private static func conceptNames(in elements: [PatternElement]) -> [Named] {
        PatternElement.leaves(of: elements).compactMap { if case .concept(let name) = $0 { return name } else { return nil } }
    }

    private mutating func resolveConcept(_ name: Named) -> Int? {
        if let id = conceptIDs[name.name] { return id }
        diagnostics.append(.error("unknown concept '~\(name.name)'" + Suggestion.hint(for: name.name, in: conceptIDs.keys.sorted()), at: name.location))
        return nil
    }

    /// Compiles a pattern's elements; unknown concepts are reported and match nothing.
    mutating func compile(_ elements: [PatternElement], inConcept visiting: [String] = []) -> [CompiledElement] {
        elements.map { compile($0, visiting) }
    }

    private mutating func compile(_ element: PatternElement, _ visiting: [String]) -> CompiledElement {
        switch element {
        case .word(let word): return .token(id(ofWord: word))
        case .prefix(let prefix): return .prefix(Array(prefix.utf8))
        case .exact(let word):
            exactWords.insert(word)
            return .exact(Array(word.utf8))
        case .concept(let name):
            if visiting.contains(name.name) {
                diagnostics.append(.error("concept '~\(name.name)' uses itself", at: name.location))
                return .alternatives([])
            }
            guard let id = resolveConcept(name) else { return .alternatives([]) }
            return .concept(id)
        case .alternatives(let branches): return .alternatives(branches.map { compile($0, inConcept: visiting) })
        case .optional(let inner): return .optional(compile(inner, inConcept: visiting))
        case .gap(let n): return .gap(n)
        case .not(let inner): return .not(compile(inner, visiting))
        case .start: return .start
        case .end: return .end
        }
    }

    /// The ids and word beginnings a match of `elements` can start with.
    func firstSet(_ elements: [CompiledElement]) -> (ids: Set<Int32>, prefixes: [[UInt8]], nullable: Bool) {
        var ids = Set<Int32>()
        var prefixes: [[UInt8]] = []
        for element in elements {
            switch element {
            case .token(let id): ids.insert(id); return (ids, prefixes, false)
            case .prefix(let p), .exact(let p): prefixes.append(p); return (ids, prefixes, false)
            case .concept(let c):
                ids.formUnion(concepts[c].firstIDs)
                prefixes += concepts[c].firstPrefixes
                return (ids, prefixes, false)
            case .alternatives(let branches):
                var nullable = false
                for branch in branches {
                    let first = firstSet(branch)
                    ids.formUnion(first.ids)
                    prefixes += first.prefixes
                    nullable = nullable || first.nullable
                }
                if !nullable { return (ids, prefixes, false) }
            case .optional(let inner):
                let first = firstSet(inner)
                ids.formUnion(first.ids)
                prefixes += first.prefixes
            case .gap, .not, .start, .end:
                continue
            }
        }
        return (ids, prefixes, true)
    }
}
