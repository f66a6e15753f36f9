import Foundation

/// Runs many people's conversations side by side: loads each session, runs the engine, saves the result.
/// Turns of one user run one at a time, in order; different users run in parallel.
public final class ConversationService: @unchecked Sendable {
    public let engine: Engine
    public let repository: SessionRepository
    /// How new conversations begin (seed, context, and for tools a state and slots).
    public let beginning: Beginning
    private let locks = (0..<64).map { _ in NSLock() }

    public init(engine: Engine, repository: SessionRepository = MemorySessionRepository(), beginning: Beginning) {
        self.engine = engine
        self.repository = repository
        self.beginning = beginning
    }

    /// A service whose new sessions start at the script's start with `seed` (nil: drawn per session) and `context`.
    public convenience init(engine: Engine, repository: SessionRepository = MemorySessionRepository(), seed: UInt64? = nil,
                            context: [String: String] = [:]) {
        self.init(engine: engine, repository: repository, beginning: Beginning(seed: seed, context: context))
    }

    /// Opens a conversation for someone who just arrived: a greeting, or a welcome back to a saved one.
    public func open(user: String) throws -> TurnResult {
        try withLock(user) {
            let turn = repository.load(user).map { engine.resume($0) } ?? engine.start(from: newSession())
            try repository.save(user, turn.session)
            return turn
        }
    }

    /// Answers one message from `user`, creating their session if it is new.
    public func handle(user: String, text: String) throws -> TurnResult {
        try withLock(user) {
            let session = repository.load(user) ?? newSession()
            let turn = engine.respond(to: text, in: session)
            try repository.save(user, turn.session)
            return turn
        }
    }

    /// Applies a command such as restart or back, whatever the script's intents are.
    public func command(_ command: Engine.Command, user: String) throws -> TurnResult {
        try withLock(user) {
            let session = repository.load(user) ?? newSession()
            let turn = engine.perform(command, in: session)
            try repository.save(user, turn.session)
            return turn
        }
    }

    /// Erases everything kept about `user`; true when there was something to erase.
    @discardableResult
    public func forget(user: String) throws -> Bool {
        try withLock(user) {
            let existed = repository.load(user) != nil
            try repository.erase(user)
            return existed
        }
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

    private func newSession() -> SessionState {
        engine.newSession(beginning, seed: beginning.seed ?? UInt64.random(in: 0...UInt64.max))
    }

    private func withLock<T>(_ user: String, _ body: () throws -> T) rethrows -> T {
        var hasher = Hasher()
        hasher.combine(user)
        let lock = locks[Int(UInt(bitPattern: hasher.finalize()) % UInt(locks.count))]
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
