import Dispatch
import Foundation

/// Runs `work` for every index on all cores and returns the results in index order.
func inParallel<Value: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Value) -> [Value] {
    let slots = ResultSlots<Value>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { slots.set($0, work($0)) }
    return slots.values
}

// @unchecked: every access to `slots` holds `lock`.
/// Results written from many threads, each slot by one thread only.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

    /// Every slot's value; each must have been set.
    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
