/// A set of intent ids as a bitset: which intents a state listens for (its `on` lines and the interrupts).
public struct IntentSet: Sendable, Equatable {
    private(set) var words: [UInt64]

    /// The set with these words of bits (as `words` gives them).
    init(words: [UInt64]) { self.words = words }

    public init(capacity: Int) { words = [UInt64](repeating: 0, count: (capacity + 63) / 64) }

    public mutating func insert(_ id: Int) { words[id >> 6] |= 1 << UInt64(id & 63) }

    public func contains(_ id: Int) -> Bool { id >> 6 < words.count && words[id >> 6] & (1 << UInt64(id & 63)) != 0 }
}
