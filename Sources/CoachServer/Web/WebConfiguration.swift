/// How `coach serve` offers the web chat page (`--web`, `--web-exit-url`).
public struct WebConfiguration: Sendable {
    /// Whether `GET /`, `/web/v1/…` and `POST /web/session` answer, and web session tokens are accepted.
    public var enabled = true
    /// Where the quick exit button goes: a neutral site, replacing the chat page in the history.
    public var exitURL = WebConfiguration.defaultExitURL
    /// The key web session tokens are signed with; nil derives it from the API key, or draws a random one
    /// per process when there is no API key (tokens then last until the server restarts).
    public var sessionKey: [UInt8]?
    /// New web sessions one client address may start at once (behind a proxy, all clients share its address).
    public var sessionBurst = 60.0
    /// New web sessions one client address may start per second once its burst is spent.
    public var sessionsPerSecond = 0.5

    /// Where the quick exit goes unless `--web-exit-url` says otherwise.
    public static let defaultExitURL = "https://www.google.com/"

    public init() {}

    /// True for an exit URL the page may go to: http(s) or `about:blank`, without spaces, quotes or angle brackets.
    public static func isValidExitURL(_ url: String) -> Bool {
        if url == "about:blank" { return true }
        guard url.hasPrefix("https://") || url.hasPrefix("http://"), url.count < 2000 else { return false }
        return url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !"\"'<>`\\".unicodeScalars.contains($0) }
    }
}
