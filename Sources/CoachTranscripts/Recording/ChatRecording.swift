import CoachCore

/// A conversation as it happened, written as a transcript test whose expectations are the coach's
/// actual replies, with the seed and region it ran with, so it replays as a passing test.
public struct ChatRecording: Sendable {
    /// The test's name in the file.
    public var name: String
    /// The seed given on the command line; when nil, the session's own (random) seed is written.
    public private(set) var seed: UInt64?
    public private(set) var region: String?
    /// The dialogue folder the chat used, noted in a comment.
    public var dialogues: String?
    private var turns: [(input: Turn.Input, actual: ActualTurn, gap: Bool)] = []
    private var resumed = false
    /// The session's turn count after the last recorded turn, to notice turns the recorder did not see.
    private var lastTurnCount: Int?

    public init(name: String = "recorded chat", seed: UInt64? = nil, region: String? = nil, dialogues: String? = nil) {
        self.name = name
        self.seed = seed
        self.region = region
        self.dialogues = dialogues
    }

    /// The coach spoke first (its greeting); a transport calls this before any message.
    public mutating func opened(turn: TurnResult) {
        if turns.isEmpty, turn.session.turns > 0 { resumed = true }
        add(.greeting, turn)
    }

    /// The person sent `text` (a message, or a slash command such as `/back`) and the coach answered with `turn`.
    public mutating func record(user text: String, turn: TurnResult) {
        add(SlashCommand.parse(text).map(Turn.Input.command) ?? .message(text.trimmingSpaces), turn)
    }

    /// True before anything has been recorded.
    public var isEmpty: Bool { turns.isEmpty }

    private mutating func add(_ input: Turn.Input, _ turn: TurnResult) {
        if turns.isEmpty {
            seed = seed ?? turn.session.seed
            region = region ?? turn.session.context["region"]
        }
        // A greeting, /start (a welcome back) and /forget (a new session) take no turn of their own.
        let takesNoTurn = [.greeting, .command(.start), .command(.forget)].contains(input)
        let expected = takesNoTurn ? nil : lastTurnCount.map { $0 + 1 }
        let gap = expected.map { $0 != turn.session.turns } ?? false
        lastTurnCount = turn.session.turns
        turns.append((input, ActualTurn(turn), gap))
    }

    /// The transcript file's text.
    public var text: String {
        var out = "# Recorded with 'coach chat --record': the expectations are what the coach actually said.\n"
        out += "# Loosen them by hand where the exact words do not matter ('says:', 'or:', 'matches:').\n"
        if let dialogues { out += "# Dialogues: \(dialogues) (run with: coach test FILE --dialogues \(dialogues))\n" }
        if resumed { out += "# Note: this chat continued a saved conversation, so it may not replay from the start.\n" }
        if let seed { out += "seed: \(seed)\n" }
        if let region { out += "region: \(region)\n" }
        guard !turns.isEmpty else { return out }
        out += "\ntest: \(name)\n"
        for (index, (input, actual, gap)) in turns.enumerated() {
            if gap {
                out += "\n  # Something happened here that was not recorded (such as /back or /restart), so this test may not replay.\n"
            }
            switch input {
            case .greeting: break
            case .message(let text): out += (index == 0 ? "" : "\n") + (text.isEmpty ? "  >\n" : "  > \(text)\n")
            case .command(let command): out += (index == 0 ? "" : "\n") + "  > /\(command.rawValue)\n"
            }
            for message in actual.messages {
                out += "  < " + message.replacingOccurrences(of: "\n", with: "\n  | ") + "\n"
            }
            if !actual.choices.isEmpty { out += "  choices: \(actual.choices.joined(separator: " | "))\n" }
            out += "  state: \(actual.state)\n"
            if actual.ended { out += "  state: @end\n" }
            if let intent = actual.intent { out += "  intent: \(intent)\n" }
            if !actual.tags.isEmpty { out += "  tags: \(actual.tags.joined(separator: ", "))\n" }
        }
        return out
    }
}
