/// What changed while a compaction was copying sessions into a fresh file.
struct CompactionTracking {
    /// Dead keys the new file will not contain once the compaction succeeds.
    private(set) var cleaned: Set<SessionKey>
    private var finishing = false
    private var removed: Set<SessionKey> = []
    private var modified: Set<SessionKey> = []
    /// Keys removed after the new file's contents were fixed: they may be in it.
    private(set) var removedWhileFinishing: Set<SessionKey> = []

    init(deadAtStart: Set<SessionKey>) { cleaned = deadAtStart }

    mutating func noteModified(_ key: SessionKey) {
        if !finishing { modified.insert(key) }
    }

    mutating func noteRemoved(_ key: SessionKey) {
        if finishing { removedWhileFinishing.insert(key) } else { removed.insert(key) }
    }

    /// Freezes the copying phase's changes; the removed keys will be scrubbed, so they count as cleaned.
    mutating func beginFinishing() -> (removed: Set<SessionKey>, modified: Set<SessionKey>) {
        finishing = true
        cleaned.formUnion(removed)
        return (removed, modified)
    }
}
