import Foundation
import PackagePlugin

/// Builds the package's `Dialogues/` folder into the `coach` binary: every file found there at build time
/// (scripts, word lists; not the test and evaluation data in `tests/`, `examples/` and `evaluation/`, nor
/// the `.md` guides) becomes data in a generated Swift file, so a copied `coach` needs no source tree.
/// Files added or removed are picked up on the next build.
@main
struct EmbedDialogues: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let dialogues = context.package.directoryURL.appendingPathComponent("Dialogues")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedDialogues.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: dialogues, includingPropertiesForKeys: nil) {
            for case let file as URL in walker {
                let relative = file.path.dropFirst(dialogues.path.count + 1)
                let values = try? file.resourceValues(forKeys: [.isRegularFileKey])
                guard values?.isRegularFile == true, file.pathExtension != "md",
                      !["tests/", "examples/", "evaluation/"].contains(where: { relative.hasPrefix($0) }) else { continue }
                inputs.append(file)
            }
        }
        return [.buildCommand(
            displayName: "Embedding \(inputs.count) dialogue files",
            executable: try context.tool(named: "EmbedDialoguesTool").url,
            arguments: [dialogues.path, output.path] + inputs.map(\.path),
            inputFiles: inputs,
            outputFiles: [output])]
    }
}
