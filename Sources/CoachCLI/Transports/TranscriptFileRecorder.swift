import CoachCore
import CoachTranscripts
import Foundation

/// `coach chat --record FILE`: saves the chat as a transcript test. The file is written when the recording starts
/// (so a path that cannot be written is refused at once) and once more when the chat ends, however it ends
/// (end of input, /quit, the conversation's end, Ctrl-C or SIGTERM all take the same path).
struct TranscriptFileRecorder: TranscriptRecorder {
    /// The file could not be written.
    struct WriteError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot write the recording to '\(path)': \(reason)" }
    }

    let path: String
    private var recording: ChatRecording

    init(path: String, seed: UInt64?, region: String?, dialogues: String?) throws {
        self.path = path
        recording = ChatRecording(seed: seed, region: region, dialogues: dialogues)
        try save()
    }

    mutating func opened(turn: TurnResult) {
        recording.opened(turn: turn)
    }

    mutating func record(user text: String, turn: TurnResult) {
        recording.record(user: text, turn: turn)
    }

    func finish() {
        do {
            try save()
        } catch {
            Output.err("coach: \(error)\n")
        }
    }

    private func save() throws {
        do {
            try Data(recording.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw WriteError(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
