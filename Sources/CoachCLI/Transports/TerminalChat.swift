import CoachCore

/// `coach chat`: a conversation in the terminal. The coach speaks first; piped input works line by line.
struct TerminalChat: ChatTransport {
    let user: String
    var trace: Bool
    /// Rewrites a trace line before it is shown (whole regexes become their file:line).
    var traceLine: (String) -> String = { $0 }
    let interactive: Bool
    let style: TerminalStyle
    var recorder: TranscriptRecorder?

    mutating func run(_ service: ConversationService) -> Int32 {
        do {
            let opening = try service.open(user: user)
            recorder?.opened(turn: opening)
            show(opening)
        } catch {
            Output.err("coach: could not open the session: \(error)\n")
            return ExitCode.failure
        }
        var reader = LineReader(limit: JSONLinesChat.maxLineBytes)
        reading: while true {
            if interactive { Output.out(style.prompt) }
            guard let line = reader.next() else { break }
            let text: String
            switch line {
            case .tooLong(let size):
                Output.out(style.notice("That message is too long (\(size) bytes); please keep it under 64 KiB.") + "\n")
                continue
            case .text(let bytes):
                if let offset = UTF8Check.firstInvalidOffset(bytes) {
                    Output.out(style.notice("That line is not valid text (invalid UTF-8 at byte \(offset + 1)); please type it again.") + "\n")
                    continue
                }
                text = String(decoding: bytes, as: UTF8.self)
            }
            if text.trimmingSpaces.isEmpty { continue }
            switch TerminalCommand.parse(text) {
            case .quit: break reading
            case .trace:
                trace.toggle()
                Output.out(style.notice("Trace is \(trace ? "on" : "off").") + "\n")
            case .help:
                Output.out(style.notice(TerminalCommand.helpText) + "\n")
            case .unknown(let word):
                Output.out(style.notice("Unknown command /\(TerminalStyle.sanitized(word)). \(TerminalCommand.helpText)") + "\n")
            case nil:
                guard respond(to: text, service) else { break reading }
            }
        }
        if reader.interrupted { Output.out("\n") }  // the prompt line Ctrl-C left open
        recorder?.finish()
        return ExitCode.success
    }

    /// Answers one message or shared slash command (`/back`, `/forget`...) the way every transport does;
    /// false when the conversation has ended.
    private mutating func respond(to text: String, _ service: ConversationService) -> Bool {
        do {
            let turn = try service.reply(user: user, text: text)
            recorder?.record(user: text, turn: turn)
            show(turn)
            return !turn.ended
        } catch {
            Output.err("coach: could not save the session: \(error)\n")
            return true
        }
    }

    private func show(_ turn: TurnResult) {
        if trace { Output.out(turn.trace.map { style.trace(traceLine($0)) + "\n" }.joined()) }
        Output.out(style.render(turn.replies))
    }
}
