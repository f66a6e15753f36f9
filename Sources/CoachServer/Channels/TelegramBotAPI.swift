import CoachCore
import CoachJSON
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Outbound calls to Telegram's Bot API. A webhook response can carry only one method, and it carries the
/// coach's reply (`sendMessage`, so the reply is as reliable as the webhook); a tapped button's callback
/// query is answered with a separate `answerCallbackQuery` call, so the button stops spinning.
public final class TelegramBotAPI: Sendable {
    /// Where `answerCallbackQuery` is posted: `{base}/bot{token}/answerCallbackQuery`.
    let endpoint: URL
    private let session: URLSession
    private let onFailure: @Sendable (String) -> Void

    /// `token` is the bot's token from BotFather; `base` is Telegram's API server (a test may point elsewhere);
    /// `onFailure` hears about calls that failed (no token or text in the message). Nil when the token or the
    /// base cannot form a URL (a token is digits, a colon, then letters, digits, `_` and `-`).
    public init?(token: String, base: String = "https://api.telegram.org", onFailure: @escaping @Sendable (String) -> Void = { _ in }) {
        let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:_-")
        guard !token.isEmpty, token.allSatisfy(allowed.contains),
              let endpoint = URL(string: trimmed + "/bot" + token + "/answerCallbackQuery") else { return nil }
        self.endpoint = endpoint
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 10
        session = URLSession(configuration: configuration)
        self.onFailure = onFailure
    }

    /// Answers a callback query without waiting for Telegram.
    public func answerCallbackQuery(_ id: String) {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(Self.answerBody(id).utf8)
        let onFailure = self.onFailure
        session.dataTask(with: request) { _, response, error in
            let status = (response as? HTTPURLResponse)?.statusCode
            if status != 200 {
                onFailure("telegram answerCallbackQuery failed: " + (status.map { "status \($0)" } ?? error.map { "\($0.localizedDescription)" } ?? "no response"))
            }
        }.resume()
    }

    static func answerBody(_ id: String) -> String {
        var body = JSONObject()
        body.add("callback_query_id", id)
        return body.json
    }
}
