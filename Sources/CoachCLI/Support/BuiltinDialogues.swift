import CoachCore
import Foundation

/// Finds the dialogue folder: `--dialogues`, then `COACH_DIALOGUES`, then the built-in `Dialogues/`
/// of the source tree this binary was built from (so `swift run coach` works from any directory and
/// picks up edits), and where that tree is absent (a copied binary) the copy built into the binary.
enum BuiltinDialogues {
    /// The path that stands for the dialogues built into the binary.
    static let embeddedPath = "(built-in)"

    static func path(option: String?, environment: [String: String]) -> String {
        if let option { return option }
        if let fromEnvironment = environment["COACH_DIALOGUES"], !fromEnvironment.isEmpty { return fromEnvironment }
        if !EmbeddedDialogues.files.isEmpty, !FileManager.default.fileExists(atPath: defaultPath + "/" + DialogueDirectory.entryFile) {
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

    /// Loads `path` like `DialogueDirectory.load`, reading the built-in copy for `embeddedPath`.
    static func load(_ path: String) -> (brain: Brain?, diagnostics: [Diagnostic], sources: [String: String]) {
        guard path == embeddedPath else { return DialogueDirectory(path: path).load() }
        let prefix = embeddedPath + "/"
        let (script, loadDiagnostics) = ScriptLoader.load(entry: prefix + DialogueDirectory.entryFile) { file in
            guard file.hasPrefix(prefix), let encoded = EmbeddedDialogues.files[String(file.dropFirst(prefix.count))],
                  let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8) else {
                return .failure(.init("no such built-in file '\(file)'"))
            }
            return .success(text)
        }
        let compiled = Compiler.compile(script)
        let diagnostics = (loadDiagnostics + compiled.diagnostics).sortedByLocation()
        return (diagnostics.hasErrors ? nil : compiled.brain, diagnostics, script.sources)
    }
}
