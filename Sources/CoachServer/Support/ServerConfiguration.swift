import Foundation

/// What `coach serve` was told: where to listen, what to keep, and which secrets guard which endpoint.
public struct ServerConfiguration: Sendable {
    /// The address to listen on (`--host`).
    public var host = "127.0.0.1"
    /// The TCP port to listen on (`--port`).
    public var port: UInt16 = 8080
    /// `Authorization: Bearer KEY` for the generic and Rasa endpoints.
    public var apiKey: String?
    /// `X-Telegram-Bot-Api-Secret-Token` for `/telegram`.
    public var telegramSecret: String?
    /// The bot's token, for answering callback queries (`answerCallbackQuery`) so tapped buttons stop spinning.
    public var telegramBotToken: String?
    /// Telegram's Bot API server.
    public var telegramAPIBase = "https://api.telegram.org"
    /// Hears about outbound Telegram calls that failed.
    public var telegramFailureLog: (@Sendable (String) -> Void)?
    /// Signs `X-Twilio-Signature` for `/twilio`.
    public var twilioAuthToken: String?
    /// The shared key of a Twilio Webhook Setting, for requests with `X-Twilio-Webhooks-Signature-Settings`
    /// (the auth token when not set).
    public var twilioSigningKey: String?
    /// The public URL Twilio signs, when a proxy changes it: the base (`https://bot.example.org`) or
    /// the full webhook URL (`https://bot.example.org/twilio`).
    public var publicURL: String?
    /// Origins whose web pages may call the Rasa endpoint (`--cors-origins`).
    public var cors = CORSPolicy(origins: [])
    /// Idle sessions older than this are forgotten.
    public var sessionExpiry: TimeInterval = 30 * 24 * 3600
    /// Called with (user, text) for each message only when an operator asks for message logging
    /// (`--log-messages`); nil by default, so no message text is ever logged.
    public var messageLog: (@Sendable (String, String) -> Void)?
    /// The web chat page (`--web`, `--web-exit-url`).
    public var web = WebConfiguration()

    public init() {}
}
