import Dispatch

/// Bookkeeping for compactions the store starts by itself.
struct MaintenanceState {
    /// A bloat compaction is queued.
    var scheduled = false
    /// After a failed automatic compaction, wait until the log reaches this size before retrying.
    var retryAtLogSize = 0
    /// The last automatic compaction's failure, if any.
    var lastError: Error?
}

extension FileSessionStore {
    /// Automatic compaction waits until the log is at least this big (1 MiB)...
    static let bloatMinimumLogSize = 1 << 20
    /// ...and this many times the size the live sessions need.
    static let bloatFactor = 4

    /// True when rewriting the log would shrink it a lot.
    static func isBloated(logSize: Int, liveBytes: Int) -> Bool {
        logSize > bloatMinimumLogSize && logSize > bloatFactor * liveBytes
    }

    /// How often the expiry sweep runs: hourly, or a quarter of the expiry time if that is shorter.
    static func sweepInterval(idleExpiryMillis: Int64) -> Double {
        min(3600, max(1, Double(idleExpiryMillis) / 4000))
    }

    /// Queues a background compaction if the log is bloated. Lock held.
    func scheduleCompactionIfBloatedLocked() {
        guard !maintenance.scheduled, !compacting, commit.logSize >= maintenance.retryAtLogSize,
              Self.isBloated(logSize: commit.logSize, liveBytes: sessions.liveBytes) else { return }
        maintenance.scheduled = true
        maintenanceQueue.async { [weak self] in self?.maintain() }
    }

    /// Compacts now (if the replay found dead or damaged data) and starts the periodic expiry sweep.
    func startMaintenance(compactNow: Bool) {
        if compactNow {
            condition.lock()
            runMaintenanceCompactionLocked()
            condition.unlock()
        }
        let interval = Self.sweepInterval(idleExpiryMillis: idleExpiryMillis)
        let timer = DispatchSource.makeTimerSource(queue: maintenanceQueue)
        timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .seconds(1))
        timer.setEventHandler { [weak self] in self?.maintain() }
        condition.lock()
        self.timer = timer
        condition.unlock()
        timer.resume()
    }

    /// Purges expired sessions and compacts if any dead data is on disk or the log is bloated.
    func maintain() {
        let cutoff = expiryCutoff()
        condition.lock(); defer { condition.unlock() }
        maintenance.scheduled = false
        while compacting { condition.wait() }
        guard !closing, commit.failure == nil else { return }
        sessions.purgeExpired(before: cutoff)
        let bloated = Self.isBloated(logSize: commit.logSize, liveBytes: sessions.liveBytes)
            && commit.logSize >= maintenance.retryAtLogSize
        guard !sessions.dead.isEmpty || bloated else { return }
        runMaintenanceCompactionLocked()
    }

    /// Compacts, remembering a failure instead of throwing (nobody is waiting for the result).
    private func runMaintenanceCompactionLocked() {
        do {
            try compactLocked()
            maintenance.retryAtLogSize = 0
            maintenance.lastError = nil
        } catch {
            maintenance.retryAtLogSize = commit.logSize * 2
            maintenance.lastError = error
        }
    }
}
