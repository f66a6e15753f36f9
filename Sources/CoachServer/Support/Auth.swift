import CoachCrypto
import CoachHTTP
import Foundation

/// Secret checks for each endpoint, all compared in constant time.
enum Auth {
    /// True when no key is configured, or the request carries `Authorization: Bearer KEY`. The scheme is
    /// case-insensitive (RFC 9110, section 11.1) and may be followed by several spaces; the key is exact.
    static func bearer(_ request: HTTPRequest, key: String?) -> Bool {
        guard let key else { return true }
        guard let header = request.headers["Authorization"], let token = bearerToken(header) else { return false }
        return ConstantTime.equals(Array(token.utf8), Array(key.utf8))
    }

    /// The credentials of a `Bearer` authorization value, or nil for another scheme.
    static func bearerToken(_ value: String) -> Substring? {
        let trimmed = value.drop { $0 == " " || $0 == "\t" }
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }),
              trimmed[..<space].lowercased() == "bearer" else { return nil }
        let token = trimmed[space...].drop { $0 == " " || $0 == "\t" }
        return token.isEmpty ? nil : token
    }

    /// True when no secret is configured, or the Telegram secret header matches.
    static func telegram(_ request: HTTPRequest, secret: String?) -> Bool {
        guard let secret else { return true }
        guard let header = request.headers["X-Telegram-Bot-Api-Secret-Token"] else { return false }
        return ConstantTime.equals(Array(header.utf8), Array(secret.utf8))
    }

    /// Twilio's default signature: base64 of HMAC-SHA1(token, URL + POST parameters sorted; see `TwilioSignature`).
    static func twilioSignature(token: String, url: String, parameters: [(String, String)]) -> String {
        TwilioSignature.compute(secret: token, url: url, parameters: parameters)
    }

    /// The URL Twilio signed: the public URL as configured when it already names this endpoint
    /// (`https://bot.example.org/twilio`), else the public base URL plus the request's path and query.
    static func signedURL(publicURL: String, request: HTTPRequest) -> String {
        let base = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        let withoutQuery = base.split(separator: "?", maxSplits: 1).first.map(String.init) ?? base
        if withoutQuery.hasSuffix(request.path) {
            return base.contains("?") || request.query == nil ? base : base + "?" + request.query!
        }
        return base + request.target
    }

    /// True when no token is configured, or `X-Twilio-Signature` matches the request.
    static func twilio(_ request: HTTPRequest, parameters: [(String, String)], token: String?, publicURL: String?,
                       signingKey: String? = nil) -> Bool {
        guard let token else { return true }
        guard let signature = request.headers["X-Twilio-Signature"] else { return false }
        let url: String
        if let publicURL {
            url = signedURL(publicURL: publicURL, request: request)
        } else {
            url = "http://" + (request.headers["Host"] ?? "localhost") + request.target
        }
        return TwilioSignature.isValid(signature, settings: request.headers["X-Twilio-Webhooks-Signature-Settings"], url: url,
                                       parameters: parameters, token: token, signingKey: signingKey)
    }
}
