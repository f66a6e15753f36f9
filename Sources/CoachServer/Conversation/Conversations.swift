import CoachCore
import CoachHTTP
import CoachStore
import Foundation

/// What the channels need of the coach: a turn for one of their users, run once under that user's lock
/// (across instances, with a shared store), timed for `/metrics`, and erasure.
final class Conversations: Sendable {
    let service: ConversationService
    /// Runs each turn once under its user's lock and answers a webhook's repeated delivery with the remembered reply.
    let ledger: TurnLedger
    let metrics: ServerMetrics
    /// Hears (stored key, text) for each message when an operator asked for message logging.
    private let messageLog: (@Sendable (String, String) -> Void)?

    init(service: ConversationService, ledger: TurnLedger, metrics: ServerMetrics, messageLog: (@Sendable (String, String) -> Void)?) {
        self.service = service
        self.ledger = ledger
        self.metrics = metrics
        self.messageLog = messageLog
    }

    /// Runs one message from a channel's user through the coach (slash commands included).
    func reply(_ channel: Channel, user: String, text: String) throws -> TurnResult {
        try measured(channel, user: user, text: text) { key in
            var result: TurnResult?
            _ = try ledger.once(user: key, delivery: nil) {
                result = try service.reply(user: key, text: text)
                return Data()
            }
            guard let result else { throw HTTPError(500, "the turn did not run") }  // without a delivery it always runs
            return result
        }
    }

    /// Runs a message the platform may deliver again (`delivery`: a Telegram update id, a Twilio
    /// message SID): a repeat gets the first answer's replies and does not advance the conversation.
    func replyOnce(_ channel: Channel, user: String, text: String, delivery: String?) throws -> [Reply] {
        try measured(channel, user: user, text: text) { key in
            let replies = try ledger.once(user: key, delivery: delivery.map { channel.rawValue + ":" + $0 }) {
                try JSONEncoder().encode(try service.reply(user: key, text: text).replies)
            }
            return try JSONDecoder().decode([Reply].self, from: replies)
        }
    }

    /// Erases what is kept for a stored key (`api:ID`, `telegram:CHAT`…); false when nothing was kept.
    func forget(_ key: String) throws -> Bool {
        do {
            return !(try ledger.once(user: key, delivery: nil) { try service.forget(user: key) ? Data([1]) : Data() }).isEmpty
        } catch {
            throw HTTPError(503, "the session could not be erased; try again")
        }
    }

    /// Times a turn for the metrics, logs the message when asked to, and answers any failure with 503
    /// (platforms retry).
    private func measured<T>(_ channel: Channel, user: String, text: String, _ turn: (String) throws -> T) throws -> T {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { metrics.observeTurn(seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9) }
        let key = channel.key(user)
        messageLog?(key, text)
        do {
            return try turn(key)
        } catch {
            throw HTTPError(503, "the session could not be saved; try again")
        }
    }
}
