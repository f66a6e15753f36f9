import CoachCore
import CoachTranscripts
import Foundation

/// `coach chat --record FILE`: saves the chat as a transcript test, rewriting the file after every turn
/// so that it is complete however the chat ends (end of input, /quit or Ctrl-C).
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
        try? save()
    }

    mutating func record(user text: String, turn: TurnResult) {
        recording.record(user: text, turn: turn)
        try? save()
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
