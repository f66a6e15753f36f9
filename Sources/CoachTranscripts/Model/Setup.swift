import CoachCore

/// How a conversation begins: the region, the random seed, slot values and the starting state.
public struct Setup: Sendable {
    /// The `region` the coach is given (lower case), or nil for none.
    public var region: String?
    /// The seed for the coach's random choice of wordings; the same seed gives the same words.
    public var seed: UInt64
    /// Slot values set before the first turn.
    public var slots: [String: String]
    /// The state to begin in; nil for the dialogue's `start` state.
    public var start: Named?

    /// The seed used when a transcript gives none.
    public static let defaultSeed: UInt64 = 0

    public init(region: String? = nil, seed: UInt64 = Setup.defaultSeed, slots: [String: String] = [:], start: Named? = nil) {
        self.region = region
        self.seed = seed
        self.slots = slots
        self.start = start
    }
}
