import CoachCore

/// Saves a chat as a transcript test (wired to CoachTranscripts when it lands).
struct TranscriptFileRecorder: TranscriptRecorder {
    init(path: String, seed: UInt64?, region: String?, dialogues: String?) throws {
        throw UsageError("--record is not available yet")
    }
    mutating func opened(turn: TurnResult) {}
    mutating func record(user text: String, turn: TurnResult) {}
    func finish() {}
}
