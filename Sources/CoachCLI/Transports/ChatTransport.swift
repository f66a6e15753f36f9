import CoachCore

/// The seam between the coach and the world: a transport feeds messages to the conversation service
/// and delivers its replies. The terminal, JSON lines and the webhook server are transports.
protocol ChatTransport {
    /// Runs until the input ends; returns the exit code.
    mutating func run(_ service: ConversationService) -> Int32
}

/// Collects a conversation as it happens, to save it as a transcript test.
protocol TranscriptRecorder {
    mutating func opened(turn: TurnResult)
    /// `text` is what the person sent: a message or a slash command.
    mutating func record(user text: String, turn: TurnResult)
    func finish()
}
