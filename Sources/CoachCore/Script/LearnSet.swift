/// One `learn FILE [over INTENT, ...]` line: the file's labelled examples, and the intents named after `over`, whose
/// messages the words learned from this file may take.
public struct LearnSet: Equatable, Sendable {
    public let file: String
    public let location: SourceLocation
    public var over: [Named]
    public var examples: [LearnedExample]
}
