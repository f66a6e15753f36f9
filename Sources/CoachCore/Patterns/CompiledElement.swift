/// A pattern element with its words and concepts resolved to ids, ready to match.
indirect enum CompiledElement: Sendable {
    case token(Int32)
    case prefix([UInt8])
    case exact([UInt8])
    case concept(Int)
    case alternatives([[CompiledElement]])
    case optional([CompiledElement])
    case gap(Int)
    case not(CompiledElement)
    case start
    case end
}

/// What a compiled pattern belongs to.
enum PatternOwner: Sendable, Equatable {
    /// Evidence for an intent.
    case intent(Int)
    /// An `unless:` phrase of an intent.
    case exclusion(Int)
    /// Evidence for a frame.
    case frame(Int)
    /// An `unless:` phrase of a frame.
    case frameExclusion(Int)

    /// The owner as one number: the id times four, plus the kind.
    var code: Int32 {
        switch self {
        case .intent(let id): return Int32(id) << 2
        case .exclusion(let id): return Int32(id) << 2 | 1
        case .frame(let id): return Int32(id) << 2 | 2
        case .frameExclusion(let id): return Int32(id) << 2 | 3
        }
    }

    /// The owner whose `code` this is.
    init(code: Int32) {
        let id = Int(code >> 2)
        switch code & 3 {
        case 0: self = .intent(id)
        case 1: self = .exclusion(id)
        case 2: self = .frame(id)
        default: self = .frameExclusion(id)
        }
    }
}

/// A keyword, pattern or exclusion, compiled; intents that share it through `like:` share one copy (its owners are
/// in `PatternIndex.owners`).
struct CompiledPattern: Sendable {
    /// The element trees, for `BacktrackingRunner`. A brain read back from the load cache keeps them only for the
    /// patterns that run there (`PatternProgram.patternSequence` is -1); the others run on the program alone.
    let elements: [CompiledElement]
    /// The source text, for traces of keywords.
    let source: String
    let location: SourceLocation
    /// True for `keywords:` items (traces print their text); false for `pattern:` lines (traces print file:line).
    let isKeyword: Bool
}

/// A concept, flattened: its one-word members as ids, word beginnings, and longer members.
struct CompiledConcept: Sendable {
    let name: String
    var singles: Set<Int32> = []
    var prefixes: [[UInt8]] = []
    /// One-word members that must be exactly that word (`"training"`).
    var exacts: Set<[UInt8]> = []
    var sequences: [[CompiledElement]] = []
    /// Ids and beginnings that can start a match of the concept (for the trigger index).
    var firstIDs: Set<Int32> = []
    var firstPrefixes: [[UInt8]] = []

    /// The exact members in byte order, the same in every process.
    var sortedExacts: [[UInt8]] { exacts.sorted { $0.lexicographicallyPrecedes($1) } }
}
