/// What `coach serve` says at start-up about which endpoint needs which secret.
public enum SecuritySummary {
    /// One line per guarded group of endpoints, then a warning when a non-loopback address has no secret at all.
    public static func lines(_ configuration: ServerConfiguration) -> [String] {
        let api = "/v1/messages, /webhooks/rest/webhook and DELETE /v1/sessions/{user}"
        var lines: [String] = []
        switch APIAccess(configuration) {
        case .key: lines.append("\(api) need Authorization: Bearer (--api-key)")
        case .disabled: lines.append("\(api) are disabled (403): channel secrets are set but no --api-key")
        case .open: lines.append("\(api) are open: no --api-key")
        }
        lines.append(configuration.telegramSecret == nil ? "/telegram is open: no --telegram-secret"
            : "/telegram needs X-Telegram-Bot-Api-Secret-Token (--telegram-secret)")
        lines.append(configuration.twilioAuthToken == nil ? "/twilio is open: no --twilio-token"
            : "/twilio needs a valid X-Twilio-Signature (--twilio-token)")
        let noSecret = configuration.apiKey == nil && configuration.telegramSecret == nil && configuration.twilioAuthToken == nil
        if noSecret && !isLoopback(configuration.host) {
            lines.append("warning: listening on \(configuration.host), not a loopback address, with no secret set: "
                + "anyone who can reach it can talk as any user and erase any conversation")
        }
        return lines
    }

    /// True for 127.0.0.0/8, ::1 and localhost.
    static func isLoopback(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.")
    }
}
