/// Why the server could not start.
public enum HTTPServerError: Error, Equatable, CustomStringConvertible {
    /// The host is not a numeric IPv4/IPv6 literal or "localhost".
    case invalidHost(String)
    /// `start()` was called twice, or after `shutdown()`.
    case alreadyStarted
    /// A system call failed (e.g. bind: address in use).
    case system(String)

    /// A readable explanation.
    public var description: String {
        switch self {
        case let .invalidHost(host): return "invalid host \"\(host)\": use a numeric IP address or localhost"
        case .alreadyStarted: return "the server was already started"
        case let .system(message): return message
        }
    }
}
