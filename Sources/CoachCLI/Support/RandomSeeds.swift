/// The seed of each new conversation when `--seed` gives none: the system's random generator, drawn at the edge
/// (the core only ever takes seeds as values).
enum RandomSeeds {
    static let draw: @Sendable () -> UInt64 = { UInt64.random(in: 0...UInt64.max) }
}
