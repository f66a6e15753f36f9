/// One `.test` file: its conversations, with shared steps already written out in place.
public struct TranscriptFile: Sendable {
    /// The file's path as used in reports.
    public var path: String
    public var conversations: [Conversation]

    public init(path: String, conversations: [Conversation] = []) {
        self.path = path
        self.conversations = conversations
    }
}
