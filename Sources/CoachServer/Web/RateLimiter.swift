import Foundation
import Synchronization

/// A token bucket per client address: `burst` at once, then `perSecond`. The clock is injected for tests;
/// memory stays bounded by forgetting full buckets (and, failing that, everyone) past `maxClients`.
final class RateLimiter: Sendable {
    private let burst: Double
    private let perSecond: Double
    private let now: @Sendable () -> Double
    private let maxClients: Int
    private let buckets = Mutex<[String: (tokens: Double, time: Double)]>([:])

    init(burst: Double, perSecond: Double, maxClients: Int = 10_000,
         now: @escaping @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }) {
        self.burst = burst
        self.perSecond = perSecond
        self.maxClients = maxClients
        self.now = now
    }

    /// Takes one token for `client`: nil when allowed, else the seconds to wait before the next one.
    func take(_ client: String) -> Int? {
        let time = now()
        return buckets.withLock { buckets in
            if buckets.count >= maxClients, buckets[client] == nil { prune(&buckets, time) }
            var bucket = buckets[client] ?? (burst, time)
            bucket.tokens = min(burst, bucket.tokens + (time - bucket.time) * perSecond)
            bucket.time = time
            guard bucket.tokens >= 1 else {
                buckets[client] = bucket
                return max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up)))
            }
            bucket.tokens -= 1
            buckets[client] = bucket
            return nil
        }
    }

    private func prune(_ buckets: inout [String: (tokens: Double, time: Double)], _ time: Double) {
        buckets = buckets.filter { $0.value.tokens + (time - $0.value.time) * perSecond < burst }
        if buckets.count >= maxClients { buckets.removeAll(keepingCapacity: true) }
    }

    /// The address part of "ip:port" or "[v6]:port", so one client's connections share a bucket.
    static func client(_ remoteAddress: String) -> String {
        guard let colon = remoteAddress.lastIndex(of: ":") else { return remoteAddress }
        return String(remoteAddress[..<colon])
    }
}
