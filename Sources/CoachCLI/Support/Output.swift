/// Writes to standard output and standard error, unbuffered so each line goes out when written.
enum Output {
    /// False when standard output is closed (the reader went away).
    @discardableResult
    static func out(_ text: String) -> Bool { Platform.writeAll(1, Array(text.utf8)) }
    static func err(_ text: String) { Platform.writeAll(2, Array(text.utf8)) }

    /// Colour is used only when the stream is a terminal and NO_COLOR is unset.
    static func useColor(fd: Int32, environment: [String: String]) -> Bool {
        Platform.isTerminal(fd) && environment["NO_COLOR"] == nil
    }
}
