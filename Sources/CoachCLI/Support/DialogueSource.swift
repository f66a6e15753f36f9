import CoachCore
import CoachFiles
import Foundation

/// Which dialogues a command uses, and loading them: `--dialogues`, then `COACH_DIALOGUES`, then the `Dialogues/`
/// of the source tree this binary was built from (so `swift run coach` works from any directory and picks up
/// edits), and where that tree is absent (a copied binary) the copy built into the binary.
enum DialogueSource {
    /// The path that stands for the dialogues built into the binary.
    static let embeddedPath = "(built-in)"

    static func path(option: String?, environment: [String: String]) -> String {
        if let option { return option }
        if let fromEnvironment = environment["COACH_DIALOGUES"], !fromEnvironment.isEmpty { return fromEnvironment }
        if !EmbeddedDialogues.files.isEmpty, !FileManager.default.fileExists(atPath: defaultPath + "/" + DialogueLoader.entryFile) {
            return embeddedPath
        }
        return defaultPath
    }

    /// `Dialogues/` at the package root, found from this source file's compile-time path.
    static var defaultPath: String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("Dialogues").path
    }

    /// Loads the dialogues at `path` (the built-in copy for `embeddedPath`), linted when asked.
    /// Without lint, through the load cache unless `COACH_CACHE=off` (`BrainCacheFile`).
    static func load(_ path: String, lint: Bool = false) -> LoadedDialogues {
        let files: DialogueFiles = path == embeddedPath ? EmbeddedFiles() : DiskFiles()
        if !lint, let cache = BrainCacheFile(folder: path) {
            return DialogueLoader.load(folder: path, from: files, cache: cache, build: BrainCacheFile.build)
        }
        return DialogueLoader.load(folder: path, from: files, lint: lint)
    }

    /// Loads the dialogues a command was given, printing their diagnostics to stderr; nil when they have errors.
    static func loadReporting(_ option: String?, environment: [String: String]) -> Brain? {
        loadReportingWithSources(option, environment: environment)?.brain
    }

    /// The brain and the text of every dialogue file, for tools that point at lines; nil (reported) on errors.
    static func loadReportingWithSources(_ option: String?, environment: [String: String]) -> (brain: Brain, sources: [String: String])? {
        let path = path(option: option, environment: environment)
        let loaded = load(path)
        let renderer = DiagnosticRenderer(sources: loaded.sources, useColor: Output.useColor(fd: 2, environment: environment))
        let shown = loaded.brain == nil ? loaded.diagnostics : loaded.diagnostics.filter(\.isError)
        Output.err(renderer.render(shown))
        if loaded.brain == nil {
            let errors = loaded.diagnostics.filter(\.isError).count
            Output.err("coach: the dialogues in '\(path)' have \(errors) error\(errors == 1 ? "" : "s"); fix them and try again (coach lint shows them all)\n")
        }
        return loaded.brain.map { ($0, loaded.sources) }
    }
}

/// The dialogue files built into the binary (`EmbeddedDialogues`), under `DialogueSource.embeddedPath`.
struct EmbeddedFiles: DialogueFiles {
    private static let prefix = DialogueSource.embeddedPath + "/"

    func read(_ path: String) -> Result<String, DialogueLoader.LoadFailure> {
        guard path.hasPrefix(Self.prefix), let encoded = EmbeddedDialogues.files[String(path.dropFirst(Self.prefix.count))],
              let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8) else {
            return .failure(.init("no such built-in file '\(path)'"))
        }
        return .success(text)
    }

    func coachFiles(in folder: String) -> [String]? {
        guard folder == DialogueSource.embeddedPath else { return nil }
        return EmbeddedDialogues.files.keys.filter { $0.hasSuffix(".coach") && !$0.contains("/") }
    }
}
