import Dispatch

/// `first` and `second` run at the same time (on two cores where there are two), and both results once both are done.
func inParallel<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    let results = BothResults<First, Second>()
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let work = UncheckedPair(first: first, second: second)
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                if k == 0 { results.first = work.first() } else { results.second = work.second() }
            }
        }
    }
    // `concurrentPerform` returns once both ran: each result was set, by one thread, before this reads it.
    guard let first = results.first, let second = results.second else { fatalError("inParallel: a half did not run") }
    return (first, second)
}

// @unchecked: each property is written by one thread only, and read after `concurrentPerform` returns.
/// The two results of `inParallel`.
private final class BothResults<First, Second>: @unchecked Sendable {
    var first: First?
    var second: Second?
}

// @unchecked: the closures are only called within `inParallel`, each on one thread.
/// The two halves of `inParallel`, handed to the threads that run them.
private struct UncheckedPair<First, Second>: @unchecked Sendable {
    let first: () -> First
    let second: () -> Second
}
