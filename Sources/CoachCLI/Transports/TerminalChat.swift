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
        Platform.exitOnInterrupt()
        do {
            let opening = try service.open(user: user)
            recorder?.opened(turn: opening)
            show(opening)
        } catch {
            Output.err("coach: could not open the session: \(error)\n")
            return ExitCode.failure
        }
        var reader = LineReader(limit: JSONLinesChat.maxLineBytes)
        while true {
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
            let trimmed = text.trimmingSpaces
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("/") {
                guard handleSlash(trimmed, service) else { break }
                continue
            }
            guard respond(to: text, service) else { break }
        }
        recorder?.finish()
        return ExitCode.success
    }

    /// Answers one message; false when the conversation has ended.
    private mutating func respond(to text: String, _ service: ConversationService) -> Bool {
        do {
            let turn = try service.handle(user: user, text: text)
            recorder?.record(user: text, turn: turn)
            show(turn)
            return !turn.ended
        } catch {
            Output.err("coach: could not save the session: \(error)\n")
            return true
        }
    }

    /// Handles `/help`, `/plan`, `/restart`, `/back`, `/quit`, `/trace`, `/forget`; false to stop.
    private mutating func handleSlash(_ command: String, _ service: ConversationService) -> Bool {
        switch command.lowercased() {
        case "/quit", "/exit":
            return false
        case "/trace":
            trace.toggle()
            Output.out(style.notice("Trace is \(trace ? "on" : "off").") + "\n")
        case "/restart", "/back":
            let move: Engine.Command = command.lowercased() == "/back" ? .back : .restart
            if let turn = try? service.command(move, user: user) {
                recorder?.record(command: move, turn: turn)
                show(turn)
            }
        case "/forget":
            do {
                try service.forget(user: user)
                Output.out(style.notice("Everything kept about this conversation is erased.") + "\n")
            } catch {
                Output.err("coach: could not erase this conversation: \(error)\n")
            }
            return false
        case "/plan":
            return respond(to: "/plan", service)
        case "/help":
            Output.out(style.notice(Self.slashHelp) + "\n")
        default:
            Output.out(style.notice("Unknown command \(TerminalStyle.sanitized(command)). \(Self.slashHelp)") + "\n")
        }
        return true
    }

    static let slashHelp = "Commands: /help this list, /plan your plan, /back the previous question, /restart start over, /trace show why the coach answered as it did, /forget erase this conversation, /quit leave."

    private func show(_ turn: TurnResult) {
        if trace { Output.out(turn.trace.map { style.trace(traceLine($0)) + "\n" }.joined()) }
        Output.out(style.render(turn.replies))
    }
}
