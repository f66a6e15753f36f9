import Foundation

/// Where sessions live between turns.
public protocol SessionStore: AnyObject, Sendable {
    /// The session saved for `user`, or nil if there is none (or it expired or was erased).
    func load(_ user: String) -> Data?
    /// Replaces `user`'s session; durable on return.
    func save(_ user: String, _ data: Data) throws
    /// Forgets `user`'s session; durable on return.
    func erase(_ user: String) throws
    /// The number of live sessions.
    var count: Int { get }
    /// Flushes and releases files; later writes throw.
    func close() throws
}
