import Foundation

/// Samples in seconds, with the statistics BENCHMARKS.md reports.
struct Samples {
    var values: [Double]
    var count: Int { values.count }
    var median: Double { percentile(0.5) }
    var p99: Double { percentile(0.99) }

    func percentile(_ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
}

enum Measure {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Runs `body` `times` times and records each run's duration.
    static func repeated(_ times: Int, _ body: () -> Void) -> Samples {
        Samples(values: (0..<times).map { _ in
            let start = now()
            body()
            return Double(now() - start) / 1e9
        })
    }
}

enum Report {
    static func format(_ seconds: Double) -> String {
        if seconds < 1e-3 { return String(format: "%.2f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.2f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }

    static func row(_ name: String, _ samples: Samples, notes: String) {
        print("| \(name) | \(format(samples.median)) | \(format(samples.p99)) | \(notes) |")
    }
}
