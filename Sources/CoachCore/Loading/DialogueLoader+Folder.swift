/// What loading a dialogue folder gives: the brain when there are no errors, every diagnostic (with its stable code),
/// and the text of every file read, by the name diagnostics use.
public typealias LoadedDialogues = (brain: Brain?, diagnostics: [Diagnostic], sources: [String: String])

extension DialogueLoader {
    /// The file every dialogue folder starts from.
    public static let entryFile = "main.coach"

    /// Loads and compiles the dialogue folder `folder` of `files`, entered at its `main.coach`; with `lint`, the
    /// lint checks (`Linter`) run too.
    public static func load(folder: String, from files: DialogueFiles, lint: Bool = false) -> LoadedDialogues {
        guard let names = files.coachFiles(in: folder) else {
            let here = SourceLocation(file: folder, line: 1, column: 1)
            return (nil, DiagnosticCatalogue.coded([.error("no dialogue folder at '\(folder)'", at: here)]), [:])
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let (script, loadDiagnostics) = load(entry: prefix + entryFile, read: files.read)
        if loadDiagnostics.hasErrors, script.states.isEmpty {
            return (nil, DiagnosticCatalogue.coded(loadDiagnostics), script.sources)
        }
        let compiled = Compiler.compile(script)
        let unreached = names.sorted().compactMap { name -> Diagnostic? in
            guard script.sources[prefix + name] == nil else { return nil }
            return .warning("'\(name)' is never included from \(entryFile), so it is not used",
                            at: SourceLocation(file: prefix + name, line: 1, column: 1))
        }
        var diagnostics = DiagnosticCatalogue.coded((loadDiagnostics + compiled.diagnostics + unreached).sortedByLocation())
        let brain = diagnostics.hasErrors ? nil : compiled.brain
        if lint { diagnostics = (diagnostics + DiagnosticCatalogue.coded(Linter.check(script, brain: brain))).sortedByLocation() }
        return (brain, diagnostics, script.sources)
    }
}
