import Foundation

/// Where the file-backed store lives by default.
public enum StoreLocation {
    /// `$XDG_DATA_HOME/allycoach/sessions` when that is an absolute path (per the XDG spec),
    /// else `$HOME/.local/share/allycoach/sessions`.
    public static func defaultDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        let base: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local", isDirectory: true)
                .appendingPathComponent("share", isDirectory: true)
        }
        return base.appendingPathComponent("allycoach", isDirectory: true)
            .appendingPathComponent("sessions", isDirectory: true)
    }
}
