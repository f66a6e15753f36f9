import CoachCore

/// A folder of dialogue files on disk, entered at its `main.coach`.
public struct DialogueDirectory: Sendable {
    /// The folder's path.
    public var path: String

    /// The dialogue folder at `path`.
    public init(path: String) { self.path = path }

    /// Loads and compiles the folder: the brain if there are no errors, and all diagnostics.
    public func load() -> LoadedDialogues { DialogueLoader.load(folder: path, from: DiskFiles()) }

    /// Loads the folder as `load()` does, through the load cache `cache` (see `BrainCacheFile`): the compiled
    /// brain is read back when no file it was compiled from has changed.
    public func load(cache: BrainStore?) -> LoadedDialogues {
        guard let cache else { return load() }
        return DialogueLoader.load(folder: path, from: DiskFiles(), cache: cache, build: BrainCacheFile.build)
    }

    /// Loads the folder as `load()` does, then runs the lint checks.
    public func lint() -> LoadedDialogues { DialogueLoader.load(folder: path, from: DiskFiles(), lint: true) }
}
