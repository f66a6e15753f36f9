import CoachHTTP

/// Who may use the generic API, the Rasa endpoint and `DELETE /v1/sessions/{user}`.
///
/// With `--api-key` they need `Authorization: Bearer KEY`. Without it they are open only while no channel is
/// protected either (a local trial); once a Telegram secret or a Twilio token is set, leaving them open would
/// let anyone talk as any user or erase a Telegram or Twilio conversation, so they answer 403 until a key is set.
public enum APIAccess: Equatable, Sendable {
    case open
    case key(String)
    case disabled

    /// The access the configuration gives.
    public init(_ configuration: ServerConfiguration) {
        if let key = configuration.apiKey {
            self = .key(key)
        } else if configuration.telegramSecret != nil || configuration.twilioAuthToken != nil {
            self = .disabled
        } else {
            self = .open
        }
    }

    /// Throws the refusal (401 or 403) when `request` may not proceed.
    func check(_ request: HTTPRequest) throws {
        switch self {
        case .open: return
        case .key(let key):
            guard Auth.bearer(request, key: key) else { throw HTTPError(401, "missing or wrong API key") }
        case .disabled:
            throw HTTPError(403, Self.disabledMessage)
        }
    }

    static let disabledMessage = "this endpoint is disabled: channel secrets are set but no API key is; start coach serve with --api-key"
}
