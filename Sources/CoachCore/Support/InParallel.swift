import Dispatch

/// `first` on this thread while `second` runs on another (at the same time where there are two cores), and both
/// results once both are done. Memory `first` allocates comes from this thread's heap, as it would without `second`.
func inParallel<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    let secondResult = SecondResult<Second>()
    let done = DispatchGroup()
    let firstResult = withoutActuallyEscaping(second) { second in
        let work = UncheckedWork(run: second)
        DispatchQueue.global().async(group: done) { secondResult.value = work.run() }
        let result = first()
        done.wait()
        return result
    }
    // `wait` returns once `second` ran: its result was set, by one thread, before this reads it.
    guard let second = secondResult.value else { fatalError("inParallel: the second half did not run") }
    return (firstResult, second)
}

// @unchecked: written by one thread, and read only after the group it runs in is waited for.
/// The result of `inParallel`'s second half.
private final class SecondResult<Value>: @unchecked Sendable {
    var value: Value?
}

// @unchecked: called only within `inParallel`, which waits for it.
/// `inParallel`'s second half, handed to the thread that runs it.
private struct UncheckedWork<Value>: @unchecked Sendable {
    let run: () -> Value
}
