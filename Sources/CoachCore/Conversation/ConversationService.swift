/// Runs many people's conversations side by side: loads each session, runs the engine, saves the result.
/// Different users may run in parallel; turns of one user must not overlap, and the caller keeps them apart
/// (the server's `TurnLedger` takes the user's lock around every call; the CLI and the transcript runner take
/// one turn at a time). The service itself holds no locks, clocks or random generators.
public final class ConversationService: Sendable {
    public let engine: Engine
    public let repository: SessionRepository
    /// How new conversations begin (seed, context, and for tools a state and slots).
    public let beginning: Beginning
    /// The seed of each new session when `beginning` fixes none; the edges pass the system's random generator.
    private let seeds: @Sendable () -> UInt64

    public init(engine: Engine, repository: SessionRepository, beginning: Beginning,
                seeds: @escaping @Sendable () -> UInt64 = { 0 }) {
        self.engine = engine
        self.repository = repository
        self.beginning = beginning
        self.seeds = seeds
    }

    /// A service whose new sessions start at the script's start with `seed` (nil: from `seeds`) and `context`.
    public convenience init(engine: Engine, repository: SessionRepository, seed: UInt64? = nil,
                            context: [String: String] = [:], seeds: @escaping @Sendable () -> UInt64 = { 0 }) {
        self.init(engine: engine, repository: repository, beginning: Beginning(seed: seed, context: context), seeds: seeds)
    }

    /// Opens a conversation for someone who just arrived: a greeting, or a welcome back to a saved one.
    public func open(user: String) throws -> TurnResult {
        try turn(of: user) { $0.map(engine.resume) ?? engine.start(from: newSession()) }
    }

    /// Answers one message from `user`, creating their session if it is new.
    public func handle(user: String, text: String) throws -> TurnResult {
        try turn(of: user) { engine.respond(to: text, in: $0 ?? newSession()) }
    }

    /// Applies a command such as restart or back, whatever the script's intents are.
    public func command(_ command: Engine.Command, user: String) throws -> TurnResult {
        try turn(of: user) { engine.perform(command, in: $0 ?? newSession()) }
    }

    /// Erases everything kept about `user`; true when there was something to erase.
    @discardableResult
    public func forget(user: String) throws -> Bool {
        let existed = repository.load(user) != nil
        try repository.erase(user)
        return existed
    }

    /// What the coach says after `/forget`.
    public static let forgottenText = "Everything kept about this conversation is erased. Write again any time to start afresh."

    /// Answers a message from any transport: slash commands (`/forget`, `/start`, `/back`, `/restart`, `/plan`)
    /// are handled here, the same for every transport; anything else is a turn.
    public func reply(user: String, text: String) throws -> TurnResult {
        guard let command = SlashCommand.parse(text) else { return try handle(user: user, text: text) }
        return try run(command, user: user)
    }

    /// Runs a slash command for `user`. After `/forget` the result holds a fresh session that is not saved.
    public func run(_ command: SlashCommand, user: String) throws -> TurnResult {
        switch command {
        case .forget:
            try forget(user: user)
            var turn = TurnResult(session: engine.newSession(seed: 0, context: beginning.context), tracing: false)
            turn.replies = [Reply(text: Self.forgottenText)]
            return turn
        case .start: return try open(user: user)
        case .back: return try self.command(.back, user: user)
        case .restart: return try self.command(.restart, user: user)
        // The plan lives in the session's slots; the script says it (Dialogues/conversation.coach, my_plan).
        case .plan: return try handle(user: user, text: "/plan")
        }
    }

    /// One turn of `user`: `step` gets their saved session (nil for someone new), and its result is saved.
    private func turn(of user: String, _ step: (SessionState?) -> TurnResult) throws -> TurnResult {
        let turn = step(repository.load(user))
        try repository.save(user, turn.session)
        return turn
    }

    private func newSession() -> SessionState {
        engine.newSession(beginning, seed: beginning.seed ?? seeds())
    }
}
