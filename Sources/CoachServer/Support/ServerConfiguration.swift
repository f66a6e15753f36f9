import Foundation

/// What `coach serve` was told: where to listen, what to keep, and which secrets guard which endpoint.
public struct ServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port: UInt16 = 8080
    /// `Authorization: Bearer KEY` for the generic and Rasa endpoints.
    public var apiKey: String?
    /// `X-Telegram-Bot-Api-Secret-Token` for `/telegram`.
    public var telegramSecret: String?
    /// Signs `X-Twilio-Signature` for `/twilio`.
    public var twilioAuthToken: String?
    /// The public URL Twilio signs, when a proxy changes it: the base (`https://bot.example.org`) or
    /// the full webhook URL (`https://bot.example.org/twilio`).
    public var publicURL: String?
    /// Idle sessions older than this are forgotten.
    public var sessionExpiry: TimeInterval = 30 * 24 * 3600
    /// Called with (user, text) for each message only when an operator asks for message logging
    /// (`--log-messages`); nil by default, so no message text is ever logged.
    public var messageLog: (@Sendable (String, String) -> Void)?
    /// The web chat page (`--web`, `--web-exit-url`).
    public var web = WebConfiguration()

    public init() {}
}
