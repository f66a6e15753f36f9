import CoachCore

/// Runs a labelled list through the engine, each message in a fresh session, and scores the intent that
/// decided each turn against its label: per-intent precision and recall, accuracy, confusion, misses.
public struct Evaluator: Sendable {
    public let engine: Engine

    public init(brain: Brain) { engine = Engine(brain: brain, tracing: false) }

    /// Evaluates `rows` in `state` (nil: as the first message of a new conversation); predictions and labels
    /// outside `focus` count as `none`.
    public func run(_ rows: [LabelledFile.Row], state: String?, focus: [String], context: [String: String] = [:]) -> EvalResult {
        let focused = Set(focus)
        let outcomes = rows.map { row -> EvalResult.Outcome in
            var session = engine.newSession(seed: 1, context: context)
            if let state {
                session.state = state
                session.greeted = true
            }
            let predicted = engine.respond(to: row.message, in: session).intent
            let label = focused.contains(row.label) ? row.label : EvalResult.none
            let guess = predicted.flatMap { focused.contains($0) ? $0 : nil } ?? EvalResult.none
            return .init(row: row, label: label, predicted: guess)
        }
        return EvalResult(focus: focus, outcomes: outcomes)
    }

    /// The focus when none is given: the labels in the rows other than `none`, in order of first appearance.
    public static func defaultFocus(_ rows: [LabelledFile.Row]) -> [String] {
        var seen: [String] = []
        for row in rows where row.label != EvalResult.none && !seen.contains(row.label) { seen.append(row.label) }
        return seen
    }
}

/// The scores of one evaluation.
public struct EvalResult: Sendable {
    /// The label for "no focused intent".
    public static let none = "none"

    /// One row with its (focus-mapped) label and prediction.
    public struct Outcome: Sendable, Equatable {
        public var row: LabelledFile.Row
        public var label: String
        public var predicted: String
        public var isHit: Bool { label == predicted }
    }

    /// Precision, recall and support of one label.
    public struct Score: Sendable, Equatable {
        public var label: String
        public var truePositives: Int
        public var predictedCount: Int
        public var support: Int
        /// nil when the label was never predicted.
        public var precision: Double? { predictedCount == 0 ? nil : Double(truePositives) / Double(predictedCount) }
        /// nil when no row carries the label.
        public var recall: Double? { support == 0 ? nil : Double(truePositives) / Double(support) }
    }

    public var focus: [String]
    public var outcomes: [Outcome]

    /// The labels of the confusion table: the focus, then `none`.
    public var labels: [String] { focus + [Self.none] }

    public func score(_ label: String) -> Score {
        Score(label: label, truePositives: outcomes.filter { $0.label == label && $0.predicted == label }.count,
              predictedCount: outcomes.filter { $0.predicted == label }.count, support: outcomes.filter { $0.label == label }.count)
    }

    public var accuracy: Double { outcomes.isEmpty ? 0 : Double(outcomes.filter(\.isHit).count) / Double(outcomes.count) }

    /// How many rows labelled `label` were predicted as `predicted`.
    public func count(label: String, predicted: String) -> Int {
        outcomes.filter { $0.label == label && $0.predicted == predicted }.count
    }

    /// The rows whose prediction is not their label, in file order.
    public var misses: [Outcome] { outcomes.filter { !$0.isHit } }

    /// The share of `none` rows predicted as a focused intent (false alarms); nil when there are no `none` rows.
    public var falseShare: Double? {
        let none = outcomes.filter { $0.label == Self.none }
        guard !none.isEmpty else { return nil }
        return Double(none.filter { $0.predicted != Self.none }.count) / Double(none.count)
    }
}
