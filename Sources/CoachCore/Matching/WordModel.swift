import Foundation

/// Word statistics learned from labelled example messages (`learn FILE` in a script): a logistic regression (softmax
/// over the labels) on each message's stems, their first four letters and pairs of stems (neighbours, and one word
/// apart), for what people say in words no pattern names (plans, the writer's own story). The decider asks it only in
/// states that listen for its intents (`LearnedModel`, `WordModelChoice`, `Decider.decide`).
///
/// A label is an intent name, or `none` for messages that are not one of them ("idk", a question back). Features are
/// hashed into `buckets` slots (FNV-1a of their UTF-8), so the model is two flat arrays; the cache keeps only the
/// slots used, as raw numbers, with no per-feature string.
struct WordModel: Sendable {
    /// The labels, in first-seen order; `none` may be one of them.
    let labels: [String]
    /// Per label, its bias (the score of a message with no known feature).
    let biases: [Double]
    /// The weights of the slots used, in slot order, one row of `labels.count` each: a slot's row is its rank among
    /// the used slots (`row(ofSlot:)`), so the model holds no row for the ~95% of slots no example used.
    let weights: StoredFloats
    /// Per slot, whether any example had a feature there (one bit each).
    let seen: [UInt64]
    /// Per word of `seen`, how many slots before it are used: with a population count, a slot's row.
    let ranks: [Int32]
    /// How far the best label must lead the next one, in log odds, before the decider follows it where no pattern of
    /// the state matched (chosen on a fifth of the tuning halves held out of the training).
    static let fallbackMargin = 1.0
    /// The lead needed to take a message from the intent the patterns chose: 2 to 2.5 on that fifth, raised to 4
    /// because 2.5 raised the emergency for bystanders' first messages ("right now a man is harassing a woman").
    static let overrideMargin = 4.0
    /// The lead of `none` that doubts an interrupt (`doubt`): chosen on a fifth of the tuning halves held out of the
    /// training, where 6 kept every danger message the patterns found and dropped a third of the false alarms.
    static let doubtMargin = 6.0
    /// The number of feature slots: a power of two.
    static let buckets = 1 << 17
    /// Training: passes over the examples, the first step size and its decay per pass, and the weight decay.
    static let passes = 10, firstStep = 0.2, stepDecay = 0.7, decay = 1e-4

    /// The best label for a message's stems and its lead over the next label.
    struct Guess: Equatable {
        let label: String
        let lead: Double
    }

    /// A model from its parts: `weights` holds the rows of the used slots only, in slot order.
    init(labels: [String], biases: [Double], weights: StoredFloats, seen: [UInt64]) {
        self.labels = labels
        self.biases = biases
        self.weights = weights
        self.seen = seen
        var ranks: [Int32] = []
        ranks.reserveCapacity(seen.count)
        var used: Int32 = 0
        for bits in seen {
            ranks.append(used)
            used += Int32(bits.nonzeroBitCount)
        }
        self.ranks = ranks
    }

    /// The row of a slot's weights, or nil when no example used the slot.
    func row(ofSlot slot: Int) -> Int? {
        let word = slot >> 6, bit = UInt64(1) << UInt64(slot & 63)
        let bits = seen[word]
        guard bits & bit != 0 else { return nil }
        return Int(ranks[word]) + (bits & (bit - 1)).nonzeroBitCount
    }

    /// Learns from `(label, stems)` examples by stochastic gradient descent on the log loss, in a shuffled order that
    /// is the same on every run (a fixed seed), so a script always compiles to the same model.
    init(learning examples: [(label: String, stems: [String])]) {
        var labels: [String] = []
        var labelIndex: [String: Int] = [:]
        for example in examples where labelIndex[example.label] == nil {
            labelIndex[example.label] = labels.count
            labels.append(example.label)
        }
        let width = max(labels.count, 1)
        var seen = [UInt64](repeating: 0, count: Self.buckets / 64)
        // Every example's slots in one flat list (`starts[i]..<starts[i + 1]`), premultiplied by the width.
        var slots: [Int] = []
        var starts = [0]
        var answers: [Int] = []
        for example in examples {
            Self.forEachSlot(example.stems) { slot in
                slots.append(slot * width)
                seen[slot >> 6] |= 1 << UInt64(slot & 63)
            }
            starts.append(slots.count)
            answers.append(labelIndex[example.label]!)
        }
        var weights = [Double](repeating: 0, count: Self.buckets * width)
        var biases = [Double](repeating: 0, count: width)
        var order = Array(answers.indices)
        var random = SeededRandom(seed: 1)
        var step = Self.firstStep
        var scores = [Double](repeating: 0, count: width)
        let decay = Self.decay
        // Raw buffers: the same arithmetic, without an array's checks on every one of the millions of steps (which
        // made an unoptimised build, the one tests run, take half a minute to compile the built-in coach).
        weights.withUnsafeMutableBufferPointer { weights in
            biases.withUnsafeMutableBufferPointer { biases in
                scores.withUnsafeMutableBufferPointer { scores in
                    slots.withUnsafeBufferPointer { slots in
                        for _ in 0..<Self.passes {
                            order.shuffle(using: &random)
                            for index in order {
                                let first = starts[index], end = starts[index + 1]
                                var top = -Double.infinity
                                for label in 0..<width {
                                    var score = biases[label]
                                    var at = first
                                    while at < end { score += weights[slots[at] + label]; at += 1 }
                                    scores[label] = score
                                    top = max(top, score)
                                }
                                var total = 0.0
                                for label in 0..<width { scores[label] = exp(scores[label] - top); total += scores[label] }
                                for label in 0..<width {
                                    let gradient = scores[label] / total - (label == answers[index] ? 1 : 0)
                                    biases[label] -= step * gradient
                                    var at = first
                                    while at < end {
                                        let slot = slots[at] + label
                                        weights[slot] -= step * (gradient + decay * weights[slot])
                                        at += 1
                                    }
                                }
                            }
                            step *= Self.stepDecay
                        }
                    }
                }
            }
        }
        var rows: [Float] = []
        for (word, bits) in seen.enumerated() where bits != 0 {
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 {
                let slot = word << 6 | bit
                for label in 0..<width { rows.append(Float(weights[slot * width + label])) }
            }
        }
        self.init(labels: labels, biases: biases, weights: StoredFloats(rows), seen: seen)
    }
}
