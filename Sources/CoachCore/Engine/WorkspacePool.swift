import Synchronization

/// The matcher's workspaces, kept between turns: a turn takes one (or makes one when all are in use) and gives it back,
/// so turns running at the same time each have their own, and no turn allocates and clears per-pattern arrays.
final class WorkspacePool: Sendable {
    private let free = Mutex<[MatchWorkspace]>([])

    /// Runs `body` with a workspace for `patterns` patterns.
    func with<Result>(patterns: Int, _ body: (inout MatchWorkspace) -> Result) -> Result {
        var workspace = free.withLock { $0.popLast() } ?? MatchWorkspace(patterns: patterns)
        let result = body(&workspace)
        // Moved back, not copied: a copy would retain each of its arrays, and the local's end release them again.
        var returned: MatchWorkspace? = consume workspace
        free.withLock { $0.append(returned.take()!) }
        return result
    }
}
