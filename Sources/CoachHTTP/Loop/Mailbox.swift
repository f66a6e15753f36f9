/// Carries completions and the shutdown request from other threads to the loop, waking it
/// through an eventfd only when the mailbox goes from empty to non-empty.
final class Mailbox: @unchecked Sendable {
    let wakeup: WakeupFD
    private let lock = Mutex()
    private var completions: [Completion] = []
    private var shutdownRequested = false

    init() throws { wakeup = try WakeupFD() }

    func post(_ completion: Completion) {
        lock.lock()
        let wasEmpty = completions.isEmpty
        completions.append(completion)
        lock.unlock()
        if wasEmpty { wakeup.signal() }
    }

    func requestShutdown() {
        lock.withLock { shutdownRequested = true }
        wakeup.signal()
    }

    /// Moves pending completions into `batch` (which must be empty); returns whether shutdown was requested.
    /// The eventfd is drained first, so a post racing with this call always leaves a wakeup behind.
    func take(into batch: inout [Completion]) -> Bool {
        wakeup.drain()
        lock.lock()
        swap(&batch, &completions)
        let shutdown = shutdownRequested
        lock.unlock()
        return shutdown
    }
}
