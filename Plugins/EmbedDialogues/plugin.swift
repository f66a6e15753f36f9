import Foundation
import PackagePlugin

/// Builds the package's `Dialogues/` folder into the `coach` binary: every `.coach` file found there at
/// build time (the transcript tests in `Dialogues/tests` aside) becomes data in a generated Swift file,
/// so a copied `coach` needs no source tree. Files added or removed are picked up on the next build.
@main
struct EmbedDialogues: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let dialogues = context.package.directoryURL.appendingPathComponent("Dialogues")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedDialogues.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: dialogues, includingPropertiesForKeys: nil) {
            for case let file as URL in walker where file.pathExtension == "coach" && !file.path.contains("/Dialogues/tests/") {
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
