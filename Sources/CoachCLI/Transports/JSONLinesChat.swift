import CoachCore
import CoachJSON
import CoachWire

/// `coach chat --jsonl`: one JSON object in, exactly one JSON object out, flushed before the next read.
struct JSONLinesChat: ChatTransport {
    static let maxLineBytes = 64 * 1024

    var trace: Bool
    /// Rewrites a trace line before it is shown (whole regexes become their file:line).
    var traceLine: (String) -> String = { $0 }
    /// The user of lines without a `user` (`--user`, else `local`).
    var defaultUser: String
    var recorder: TranscriptRecorder?

    /// Answers line by line; stops at end of input, or quietly when standard output is closed.
    mutating func run(_ service: ConversationService) -> Int32 {
        var reader = LineReader(limit: Self.maxLineBytes)
        while let line = reader.next() {
            let output: String
            switch line {
            case .tooLong(let size):
                output = JSONText.errorLine("line is longer than 64 KiB (\(size) bytes)")
            case .text(let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                output = answer(bytes, service)
            }
            guard Output.out(output + "\n") else { break }
        }
        recorder?.finish()
        return ExitCode.success
    }

    private mutating func answer(_ bytes: [UInt8], _ service: ConversationService) -> String {
        if let offset = UTF8Check.firstInvalidOffset(bytes) {
            return JSONText.errorLine("line is not valid UTF-8 (byte \(offset + 1))")
        }
        let message: ChatInput
        switch ChatInput.decode(bytes, defaultUser: defaultUser) {
        case .failure(let reason): return JSONText.errorLine(reason.message)
        case .success(let decoded): message = decoded
        }
        do {
            let turn = try service.reply(user: message.user, text: message.text)
            if trace { Output.err(turn.trace.map { "trace[\(JSONText.string(message.user))]: \(traceLine($0))\n" }.joined()) }
            recorder?.record(user: message.text, turn: turn)
            return turn.jsonLine(user: message.user)
        } catch {
            return JSONText.errorLine("could not save the session: \(error)")
        }
    }
}
