/// Counts open connections per client IP address, so one client cannot take every connection.
/// Owned and touched only by the event loop thread.
struct ClientLimits {
    /// The most connections one address may hold; 0 for no limit.
    let limit: Int
    private var open: [String: Int] = [:]

    init(limit: Int) { self.limit = limit }

    /// The IP address of a peer written "ip:port" or "[ip]:port".
    static func address(of peer: String) -> String {
        guard let colon = peer.lastIndex(of: ":") else { return peer }
        let host = peer[..<colon]
        return host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : String(host)
    }

    /// True when `address` may open one more connection.
    func admits(_ address: String) -> Bool { limit <= 0 || open[address, default: 0] < limit }

    /// How many connections `address` holds.
    func count(_ address: String) -> Int { open[address, default: 0] }

    mutating func opened(_ address: String) { open[address, default: 0] += 1 }

    mutating func closed(_ address: String) {
        guard let count = open[address] else { return }
        open[address] = count > 1 ? count - 1 : nil
    }
}
