/// Bad usage: exit 64 with a one-line message and a hint to `--help`.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Exit codes shared by every command.
enum ExitCode {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 64
}
