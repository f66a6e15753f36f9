extension DialogueLoader {
    /// Loads the dialogue folder as `load(folder:from:)` does, through `cache`: when the cache holds a brain
    /// compiled by this `build` from exactly the files this folder now has (every file the load read, by
    /// content, and the names of its `.coach` files), that brain and the diagnostics of its load are returned
    /// without parsing or compiling; otherwise the folder is compiled and, when it has no errors, cached.
    /// A cache that is missing, damaged or of another build only costs the compile.
    public static func load(folder: String, from files: DialogueFiles, cache: BrainStore, build: String) -> LoadedDialogues {
        guard let names = files.coachFiles(in: folder) else { return load(folder: folder, from: files) }
        let key = BrainArchive.Key(build: build, folder: folder, names: names.sorted())
        if let stored = cache.storedBytes(), let hit = cached(stored, key: key, files: files) { return hit }
        let recorder = RecordingFiles(files)
        let loaded = load(folder: folder, from: recorder)
        if let brain = loaded.brain {
            let read = recorder.reads.map { path, text in
                BrainArchive.FileKey(path: path, isSource: loaded.sources[path] != nil, length: text.utf8.count, hash: ContentHash(text))
            }
            cache.write(BrainArchive.encode(key: key, files: read, diagnostics: loaded.diagnostics, brain: brain))
        }
        return loaded
    }

    /// The cached load, when `stored` is intact and its key matches the folder as it is now. The files are compared with
    /// the key while the brain is read: the two halves of the load, on two cores where there are two.
    private static func cached(_ stored: StoredBytes, key: BrainArchive.Key, files: DialogueFiles) -> LoadedDialogues? {
        guard var reader = BrainArchive.body(stored), let (stored, read) = try? BrainArchive.readKey(&reader),
              stored == key else { return nil }
        let (decoded, sources) = inParallel({ [reader] in
            var reader = reader
            return try? BrainArchive.readBrain(&reader)
        }, { unchangedSources(read, files) })
        guard let sources, let (diagnostics, brain) = decoded else { return nil }
        return (brain, diagnostics, sources)
    }

    /// The text of each source the key lists, when every file it lists is as it was (length and content); nil otherwise.
    private static func unchangedSources(_ read: [BrainArchive.FileKey], _ files: DialogueFiles) -> [String: String]? {
        var sources: [String: String] = [:]
        for file in read {
            if file.isSource {
                guard case .success(let text) = files.read(file.path), text.utf8.count == file.length,
                      ContentHash(text) == file.hash else { return nil }
                sources[file.path] = text
            } else {
                // Examples and word lists are only compared, not parsed: their bytes as they are, never copied into text
                // (11 MB of examples for the built-in coach). A file that is not UTF-8 never compiled, so never matches.
                guard files.withBytes(of: file.path, { $0.count == file.length && ContentHash($0) == file.hash }) == true else { return nil }
            }
        }
        return sources
    }
}

/// The files a load reads, passed through and remembered in order (each path once, as read successfully).
private final class RecordingFiles: DialogueFiles, @unchecked Sendable {
    private let files: DialogueFiles
    private(set) var reads: [(path: String, text: String)] = []

    init(_ files: DialogueFiles) { self.files = files }

    func read(_ path: String) -> Result<String, DialogueLoader.LoadFailure> {
        let result = files.read(path)
        if case .success(let text) = result, !reads.contains(where: { $0.path == path }) { reads.append((path, text)) }
        return result
    }

    func coachFiles(in folder: String) -> [String]? { files.coachFiles(in: folder) }
}
