import Foundation

/// Word statistics learned from labelled example messages (`learn FILE` in a script): a naive Bayes over
/// each message's stems and pairs of neighbouring stems, for the plans people say in words no pattern
/// names. The decider asks it only in states that listen for at least two of its labels: where no pattern matched,
/// and to choose between two of its intents the patterns both found (`WordModelChoice`, `Decider.decide`).
///
/// A label is an intent name, or `none` for messages that are not one of them ("idk", a question back).
struct WordModel: Sendable {
    /// The labels, in first-seen order; `none` may be one of them.
    let labels: [String]
    /// Per label, the log of its share of the examples.
    let logPriors: [Double]
    /// Per feature (a stem, or two stems joined by a space), the log likelihood for each label.
    let logLikelihoods: [String: [Double]]
    /// How far the best label must lead the next one, in log odds, before the decider follows it where no pattern of
    /// the state matched (measured on the held-back plans: 4 keeps replies such as "idk" out of the plans).
    static let fallbackMargin = 4.0
    /// The lead needed to prefer another of the model's intents that the patterns also found over the one they chose.
    static let overrideMargin = 10.0

    /// The best label for a message's stems and its lead over the next label.
    struct Guess: Equatable {
        let label: String
        let lead: Double
    }

    init(labels: [String], logPriors: [Double], logLikelihoods: [String: [Double]]) {
        self.labels = labels
        self.logPriors = logPriors
        self.logLikelihoods = logLikelihoods
    }

    /// Learns from `(label, stems)` examples, with add-one-half smoothing.
    init(learning examples: [(label: String, stems: [String])]) {
        var labels: [String] = []
        var labelIndex: [String: Int] = [:]
        var counts: [String: [Double]] = [:]
        var examplesPerLabel: [Double] = []
        var featuresPerLabel: [Double] = []
        for example in examples {
            let label: Int
            if let known = labelIndex[example.label] {
                label = known
            } else {
                label = labels.count
                labelIndex[example.label] = label
                labels.append(example.label)
                examplesPerLabel.append(0)
                featuresPerLabel.append(0)
                for key in counts.keys { counts[key]!.append(0) }
            }
            examplesPerLabel[label] += 1
            for feature in Self.features(example.stems) {
                counts[feature, default: Array(repeating: 0, count: labels.count)][label] += 1
                featuresPerLabel[label] += 1
            }
        }
        let vocabulary = Double(counts.count)
        let total = Double(max(examples.count, 1))
        self.labels = labels
        logPriors = examplesPerLabel.map { log(max($0, 0.5) / total) }
        logLikelihoods = counts.mapValues { row in
            row.enumerated().map { log(($1 + 0.5) / (featuresPerLabel[$0] + 0.5 * vocabulary)) }
        }
    }

    /// The label the stems point to most, or nil when the model is empty or nothing in them is known.
    func guess(_ stems: [String]) -> Guess? {
        guard labels.count >= 2 else { return nil }
        var scores = logPriors
        var known = 0
        for feature in Self.features(stems) {
            guard let row = logLikelihoods[feature] else { continue }
            known += 1
            for label in scores.indices { scores[label] += row[label] }
        }
        guard known > 0 else { return nil }
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        return Guess(label: labels[order[0]], lead: scores[order[0]] - scores[order[1]])
    }

    /// A message's features: each stem, and each pair of neighbouring stems.
    static func features(_ stems: [String]) -> [String] {
        var features = stems
        for (first, second) in zip(stems, stems.dropFirst()) { features.append(first + " " + second) }
        return features
    }
}
