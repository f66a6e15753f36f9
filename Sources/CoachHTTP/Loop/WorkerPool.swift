/// A fixed set of threads running the responder. Jobs from all connections share one FIFO;
/// ordering per connection comes from the loop submitting one job per connection at a time.
final class WorkerPool: @unchecked Sendable {
    private let lock = Mutex()
    private let workAvailable = Condition()
    private let exited = Condition()
    private var queue: [Job] = []
    private var head = 0
    private var stopping = false
    private var running = 0
    private var threadIDs: Set<UInt> = []

    /// Starts `count` threads, each calling `handle` for every job.
    func start(count: Int, handle: @escaping (Job) -> Void) throws {
        for _ in 0..<max(1, count) {
            lock.withLock { running += 1 }
            do {
                try Platform.spawnThread { [self] in
                    lock.withLock { _ = threadIDs.insert(Platform.currentThreadID()) }
                    while let job = take() { handle(job) }
                    lock.withLock {
                        running -= 1
                        exited.broadcast()
                    }
                }
            } catch {
                lock.withLock { running -= 1 }
                throw error
            }
        }
    }

    func submit(_ job: Job) {
        lock.withLock { queue.append(job) }
        workAvailable.signal()
    }

    /// Lets the threads finish queued jobs and exit.
    func stop() {
        lock.withLock { stopping = true }
        workAvailable.broadcast()
    }

    /// Waits until every thread has exited or `deadline` passes.
    func awaitExit(until deadline: Double) {
        lock.withLock {
            while running > 0, Platform.monotonicNow() < deadline { exited.wait(lock, until: deadline) }
        }
    }

    /// Whether the calling thread is one of this pool's workers.
    var isCurrentThreadWorker: Bool { lock.withLock { threadIDs.contains(Platform.currentThreadID()) } }

    private func take() -> Job? {
        lock.lock()
        defer { lock.unlock() }
        while head == queue.count, !stopping { workAvailable.wait(lock) }
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
