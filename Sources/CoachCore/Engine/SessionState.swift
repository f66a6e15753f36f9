/// Everything the engine needs to continue one person's conversation: small, `Codable`, replayable.
public struct SessionState: Codable, Equatable, Sendable {
    /// The format version, for stores that outlive a release.
    public var version = 1
    /// The state the conversation is in.
    public var state: String
    /// States to return to with `@back`, most recent last.
    public var history: [String] = []
    /// Values set by the script (`set setting = work`).
    public var slots: [String: String] = [:]
    /// Values given by the transport (such as `region`); kept across `@restart`.
    public var context: [String: String] = [:]
    /// The seed the conversation started with.
    public var seed: UInt64
    /// The random generator now, so variants replay exactly.
    public var random: SeededRandom
    /// Misses in a row in this state, for fallback escalation.
    public var misses = 0
    /// Turns taken so far.
    public var turns = 0
    /// True once the coach has spoken, so a first unrecognised message greets instead of apologising.
    public var greeted = false
    /// True after `@end`.
    public var ended = false

    public init(state: String, seed: UInt64, context: [String: String] = [:]) {
        self.state = state
        self.seed = seed
        self.random = SeededRandom(seed: seed)
        self.context = context
    }

    /// A slot's value, script slots first, then the transport's context.
    public func value(of slot: String) -> String? {
        if let value = slots[slot], !value.isEmpty { return value }
        return context[slot]
    }
}
