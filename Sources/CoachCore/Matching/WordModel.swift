import Foundation

/// Word statistics learned from labelled example messages (`learn FILE` in a script): a naive Bayes over
/// each message's stems and pairs of neighbouring stems, for the plans people say in words no pattern
/// names. The decider asks it only in states that listen for at least two of its labels: where no pattern matched,
/// and to choose between two of its intents the patterns both found (`WordModelChoice`, `Decider.decide`).
///
/// A label is an intent name, or `none` for messages that are not one of them ("idk", a question back). Features are
/// hashed into `buckets` slots (FNV-1a of their UTF-8), so the model is two flat arrays; the cache keeps only the
/// slots used, as raw numbers, with no per-feature string.
struct WordModel: Sendable {
    /// The labels, in first-seen order; `none` may be one of them.
    let labels: [String]
    /// Per label, the log of its share of the examples.
    let logPriors: [Double]
    /// Per slot and label (`slot * labels.count + label`), the log likelihood of the slot's features.
    let logLikelihoods: [Float]
    /// Per slot, whether any example had a feature there (one bit each).
    let seen: [UInt64]
    /// How far the best label must lead the next one, in log odds, before the decider follows it where no pattern of
    /// the state matched (measured on the held-back plans: 4 keeps replies such as "idk" out of the plans).
    static let fallbackMargin = 4.0
    /// The lead needed to prefer another of the model's intents that the patterns also found over the one they chose.
    static let overrideMargin = 10.0
    /// The number of feature slots: a power of two.
    static let buckets = 1 << 17

    /// The best label for a message's stems and its lead over the next label.
    struct Guess: Equatable {
        let label: String
        let lead: Double
    }

    init(labels: [String], logPriors: [Double], logLikelihoods: [Float], seen: [UInt64]) {
        self.labels = labels
        self.logPriors = logPriors
        self.logLikelihoods = logLikelihoods
        self.seen = seen
    }

    /// Learns from `(label, stems)` examples, with add-one-half smoothing over the slots used.
    init(learning examples: [(label: String, stems: [String])]) {
        var labels: [String] = []
        var labelIndex: [String: Int] = [:]
        for example in examples where labelIndex[example.label] == nil {
            labelIndex[example.label] = labels.count
            labels.append(example.label)
        }
        let width = max(labels.count, 1)
        var counts = [Double](repeating: 0, count: Self.buckets * width)
        var examplesPerLabel = [Double](repeating: 0, count: width)
        var featuresPerLabel = [Double](repeating: 0, count: width)
        var seen = [UInt64](repeating: 0, count: Self.buckets / 64)
        for example in examples {
            let label = labelIndex[example.label]!
            examplesPerLabel[label] += 1
            Self.forEachSlot(example.stems) { slot in
                counts[slot * width + label] += 1
                featuresPerLabel[label] += 1
                seen[slot >> 6] |= 1 << UInt64(slot & 63)
            }
        }
        let used = Double(seen.reduce(0) { $0 + $1.nonzeroBitCount })
        let total = Double(max(examples.count, 1))
        self.labels = labels
        logPriors = examplesPerLabel.map { log(max($0, 0.5) / total) }
        var likelihoods = [Float](repeating: 0, count: counts.count)  // unseen slots are never read
        for (word, bits) in seen.enumerated() where bits != 0 {
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 {
                let slot = word << 6 | bit
                for label in 0..<width {
                    likelihoods[slot * width + label] = Float(log((counts[slot * width + label] + 0.5) / (featuresPerLabel[label] + 0.5 * used)))
                }
            }
        }
        logLikelihoods = likelihoods
        self.seen = seen
    }

    /// The label the stems point to most, or nil when the model has fewer than two labels or knows none of them.
    func guess(_ stems: [String]) -> Guess? {
        guard labels.count >= 2 else { return nil }
        var scores = logPriors
        var known = 0
        let width = labels.count
        Self.forEachSlot(stems) { slot in
            guard seen[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return }
            known += 1
            for label in 0..<width { scores[label] += Double(logLikelihoods[slot * width + label]) }
        }
        guard known > 0 else { return nil }
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        return Guess(label: labels[order[0]], lead: scores[order[0]] - scores[order[1]])
    }

    /// Calls `body` with the slot of each feature: each stem, and each pair of neighbouring stems.
    static func forEachSlot(_ stems: [String], _ body: (Int) -> Void) {
        var previous: UInt32?
        for stem in stems {
            let hash = fnv(stem.utf8, from: 2_166_136_261)
            body(Int(hash) & (buckets - 1))
            if let previous {
                body(Int(fnv(stem.utf8, from: fnv(CollectionOfOne(0x20), from: previous))) & (buckets - 1))
            }
            previous = hash
        }
    }

    private static func fnv<Bytes: Sequence>(_ bytes: Bytes, from start: UInt32) -> UInt32 where Bytes.Element == UInt8 {
        var hash = start
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
