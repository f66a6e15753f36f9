extension DialogueDirectory {
    /// Loads the folder as `load()` does, then runs the lint checks (`Linter`) and gives every diagnostic
    /// its stable code from `DiagnosticCatalogue`.
    public func lint() -> (brain: Brain?, diagnostics: [Diagnostic], sources: [String: String]) {
        let loaded = load()
        guard !loaded.sources.isEmpty else { return loaded }
        let entry = path.hasSuffix("/") ? path + Self.entryFile : path + "/" + Self.entryFile
        let (script, _) = ScriptLoader.load(entry: entry, read: { file in
            loaded.sources[file].map { .success($0) } ?? .failure(.init("not loaded"))
        })
        let diagnostics = (loaded.diagnostics + DiagnosticCatalogue.coded(Linter.check(script, brain: loaded.brain))).sortedByLocation()
        return (loaded.brain, diagnostics, loaded.sources)
    }
}
