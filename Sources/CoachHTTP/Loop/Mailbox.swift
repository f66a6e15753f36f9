import Synchronization

/// Carries completions and the shutdown request from other threads to the loop, waking it
/// through an eventfd only when the mailbox goes from empty to non-empty.
final class Mailbox: Sendable {
    let wakeup: WakeupFD
    private let pending = Mutex(Pending())

    /// What other threads have posted and the loop has not yet taken.
    private struct Pending {
        var completions: [Completion] = []
        var shutdownRequested = false
    }

    init() throws { wakeup = try WakeupFD() }

    func post(_ completion: Completion) {
        let wasEmpty = pending.withLock { pending in
            defer { pending.completions.append(completion) }
            return pending.completions.isEmpty
        }
        if wasEmpty { wakeup.signal() }
    }

    func requestShutdown() {
        pending.withLock { $0.shutdownRequested = true }
        wakeup.signal()
    }

    /// Moves pending completions into `batch` (which must be empty); returns whether shutdown was requested.
    /// The eventfd is drained first, so a post racing with this call always leaves a wakeup behind.
    func take(into batch: inout [Completion]) -> Bool {
        wakeup.drain()
        let (completions, shutdown) = pending.withLock { pending in
            var taken = batch
            swap(&taken, &pending.completions)
            return (taken, pending.shutdownRequested)
        }
        batch = completions
        return shutdown
    }
}
