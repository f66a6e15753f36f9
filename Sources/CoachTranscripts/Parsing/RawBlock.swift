import CoachCore

/// A `test:` or `steps:` block as written, before shared steps are written out in place.
struct RawBlock {
    /// One line of a block.
    enum Item {
        case input(Turn.Input, SourceLocation)
        /// `<` (or `not <`) with its accepted wordings (`or:`), continued by `|` lines.
        case coachLine(alternatives: [String], negated: Bool, SourceLocation)
        case expect(Expectation)
        case use(Named)
    }

    var name: Named
    var isSteps: Bool
    var setup = PartialSetup()
    var items: [Item] = []
}

/// Setup lines as written in a file or a test: each may be missing, so a test overrides only what it says.
struct PartialSetup {
    /// nil: not written; `.some(nil)`: `region: none`.
    var region: String??
    var seed: UInt64?
    var slots: [String: String] = [:]
    var start: Named?

    /// This setup over `base`: what is written here wins, slots are merged.
    func over(_ base: PartialSetup) -> PartialSetup {
        var merged = base
        if let region { merged.region = region }
        if let seed { merged.seed = seed }
        merged.slots.merge(slots) { _, mine in mine }
        if let start { merged.start = start }
        return merged
    }

    var resolved: Setup {
        Setup(region: region ?? nil, seed: seed ?? Setup.defaultSeed, slots: slots, start: start)
    }
}
