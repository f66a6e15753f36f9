import Foundation

/// Finds the dialogue folder: `--dialogues`, then `COACH_DIALOGUES`, then the built-in `Dialogues/`
/// of the source tree this binary was built from, so `swift run coach` works from any directory.
enum BuiltinDialogues {
    static func path(option: String?, environment: [String: String]) -> String {
        if let option { return option }
        if let fromEnvironment = environment["COACH_DIALOGUES"], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultPath
    }

    /// `Dialogues/` at the package root, found from this source file's compile-time path.
    static var defaultPath: String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("Dialogues").path
    }
}
