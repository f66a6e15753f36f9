import CoachCore
import Foundation

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
        let message: (user: String, text: String)
        switch JSONLineInput.decode(bytes, defaultUser: defaultUser) {
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

/// Decodes one input line of the JSON-lines contract.
enum JSONLineInput {
    /// Why a line was refused.
    struct Refusal: Error { let message: String }

    static func decode(_ bytes: [UInt8], defaultUser: String = "local") -> Result<(user: String, text: String), Refusal> {
        if let offset = UTF8Check.firstInvalidOffset(bytes) {
            return .failure(Refusal(message: "line is not valid UTF-8 (byte \(offset + 1))"))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return .failure(Refusal(message: "line is not valid JSON"))
        }
        guard let dictionary = object as? [String: Any] else {
            return .failure(Refusal(message: "line is not a JSON object"))
        }
        guard let text = dictionary["text"] as? String else {
            return .failure(Refusal(message: "object has no string \"text\""))
        }
        let user: String
        switch dictionary["user"] {
        case nil, is NSNull: user = defaultUser
        case let value as String where !value.isEmpty: user = value
        default: return .failure(Refusal(message: "\"user\" must be a non-empty string"))
        }
        return .success((user, text))
    }
}
