import Foundation

/// Runs each of a user's turns as one unit, once.
///
/// - Turns of one user run one at a time, in arrival order at the lock, in every process sharing the store.
/// - With a delivery id (a Telegram `update_id`, a Twilio `MessageSid`), a delivery already answered
///   within the store's window is not run again: its remembered reply is returned instead.
/// - The reply is returned only once the turn's session and the remembered reply are durable.
public protocol TurnLedger: AnyObject, Sendable {
    /// Runs `turn` for `user` under that user's lock, unless `delivery` was already answered; returns
    /// the reply `turn` produced now or produced the first time.
    func once(user: String, delivery: String?, _ turn: () throws -> Data) throws -> Data
}
