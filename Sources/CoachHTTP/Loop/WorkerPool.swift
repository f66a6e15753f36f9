/// A fixed set of threads running the responder. Jobs from all connections share one FIFO;
/// ordering per connection comes from the loop submitting one job per connection at a time.
final class WorkerPool: Sendable {
    /// One condition serves both kinds of waiter: workers wait for jobs, `awaitExit` for workers to end, and
    /// `awaitExit` only runs once `stopping` is set, when no worker waits any more.
    private let state = Monitor(PoolState())

    /// Starts `count` threads, each calling `handle` for every job.
    func start(count: Int, handle: @escaping @Sendable (Job) -> Void) throws {
        for _ in 0..<max(1, count) {
            state.withLock { $0.running += 1 }
            do {
                try Platform.spawnThread { [self] in
                    state.withLock { _ = $0.threadIDs.insert(Platform.currentThreadID()) }
                    while let job = take() { handle(job) }
                    state.withLock { $0.running -= 1 }
                    state.broadcast()
                }
            } catch {
                state.withLock { $0.running -= 1 }
                throw error
            }
        }
    }

    func submit(_ job: Job) {
        state.withLock { $0.queue.append(job) }
        state.signal()
    }

    /// Lets the threads finish queued jobs and exit.
    func stop() {
        state.withLock { $0.stopping = true }
        state.broadcast()
    }

    /// Waits until every thread has exited or `deadline` passes.
    func awaitExit(until deadline: Double) {
        state.wait(until: deadline, for: { $0.running == 0 }, then: { _ in })
    }

    /// Whether the calling thread is one of this pool's workers.
    var isCurrentThreadWorker: Bool { state.withLock { $0.threadIDs.contains(Platform.currentThreadID()) } }

    /// The next job, waiting for one; nil once the pool is stopping and the queue is empty.
    private func take() -> Job? {
        state.wait(for: { $0.hasJob || $0.stopping }, then: { $0.next() })
    }
}

/// What the pool's threads share: the queue, and who is running.
private struct PoolState: Sendable {
    var queue: [Job] = []
    var head = 0
    var stopping = false
    var running = 0
    var threadIDs: Set<UInt> = []

    var hasJob: Bool { head < queue.count }

    /// Removes and returns the oldest job, compacting the array now and then.
    mutating func next() -> Job? {
        guard head < queue.count else { return nil }
        let job = queue[head]
        head += 1
        if head == queue.count {
            queue.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1024, head * 2 >= queue.count {
            queue.removeFirst(head)
            head = 0
        }
        return job
    }
}
