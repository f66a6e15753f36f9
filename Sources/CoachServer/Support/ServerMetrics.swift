import Synchronization

/// Counters for `/metrics`: requests by route and status, a turn latency histogram, live sessions.
public final class ServerMetrics: Sendable {
    static let buckets: [Double] = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25]

    /// The counts so far.
    private struct Counts {
        var requests: [String: Int] = [:]
        var turnBuckets = [Int](repeating: 0, count: ServerMetrics.buckets.count)
        var turnCount = 0
        var turnSum = 0.0
    }

    private let counts = Mutex(Counts())

    public init() {}

    /// Counts one request answered on `route` with `status`.
    public func countRequest(route: String, status: Int) {
        counts.withLock { $0.requests["route=\"\(route)\",status=\"\(status)\"", default: 0] += 1 }
    }

    /// Records how long one turn (engine and durable save) took.
    public func observeTurn(seconds: Double) {
        counts.withLock { counts in
            for (i, bound) in Self.buckets.enumerated() where seconds <= bound { counts.turnBuckets[i] += 1 }
            counts.turnCount += 1
            counts.turnSum += seconds
        }
    }

    /// The Prometheus text exposition (version 0.0.4).
    public func render(liveSessions: Int) -> String {
        let (requests, turnBuckets, turnCount, turnSum) = counts.withLock { ($0.requests, $0.turnBuckets, $0.turnCount, $0.turnSum) }
        do {
            var out = "# HELP coach_http_requests_total HTTP requests answered, by route and status.\n"
            out += "# TYPE coach_http_requests_total counter\n"
            for key in requests.keys.sorted() { out += "coach_http_requests_total{\(key)} \(requests[key]!)\n" }
            out += "# HELP coach_turn_duration_seconds Time to answer one message, including the durable save.\n"
            out += "# TYPE coach_turn_duration_seconds histogram\n"
            for (i, bound) in Self.buckets.enumerated() {
                out += "coach_turn_duration_seconds_bucket{le=\"\(bound)\"} \(turnBuckets[i])\n"
            }
            out += "coach_turn_duration_seconds_bucket{le=\"+Inf\"} \(turnCount)\n"
            out += "coach_turn_duration_seconds_sum \(turnSum)\n"
            out += "coach_turn_duration_seconds_count \(turnCount)\n"
            out += "# HELP coach_live_sessions Conversations kept.\n# TYPE coach_live_sessions gauge\n"
            out += "coach_live_sessions \(liveSessions)\n"
            return out
        }
    }
}
