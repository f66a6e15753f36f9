/// Where conversations are kept between turns: memory, or a durable store supplied from outside.
public protocol SessionRepository: AnyObject, Sendable {
    func load(_ user: String) -> SessionState?
    /// Keeps the state; durable on return when the repository is durable.
    func save(_ user: String, _ state: SessionState) throws
    func erase(_ user: String) throws
    /// How many conversations are kept.
    var count: Int { get }
}
