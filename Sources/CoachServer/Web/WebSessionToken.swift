import CoachCrypto
import Foundation

/// A web chat session token: `w1.<user>.<mac>`, where the user id is 16 random bytes drawn by the server and the
/// mac is HMAC-SHA256 of `w1.<user>` under the server's key (both base64url). The page keeps it in
/// `localStorage` and sends it as `Authorization: Bearer …` to `POST /v1/messages`; it names a web user
/// (`web:<user>`) and reaches nothing else.
struct WebSessionToken {
    static let prefix = "w1."
    let key: [UInt8]

    /// The key for tokens: the configured one, else derived from the API key (so every instance that shares
    /// the key accepts the same tokens), else random for this process.
    static func key(configured: [UInt8]?, apiKey: String?) -> [UInt8] {
        if let configured { return configured }
        if let apiKey { return HMAC.sha256(key: Array(apiKey.utf8), message: Array("AllyCoach web session key v1".utf8)) }
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// A new token for a new, random user id.
    func issue() -> (token: String, user: String) {
        var generator = SystemRandomNumberGenerator()
        let user = Self.base64url((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
        return (Self.prefix + user + "." + mac(user), user)
    }

    /// The user id a token was issued for, or nil when it is not one of this key's tokens.
    func user(for token: String) -> String? {
        guard token.hasPrefix(Self.prefix), token.utf8.count <= 100 else { return nil }
        let parts = token.dropFirst(Self.prefix.count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].utf8.count == 22 else { return nil }
        let user = String(parts[0])
        return ConstantTime.equals(Array(parts[1].utf8), Array(mac(user).utf8)) ? user : nil
    }

    private func mac(_ user: String) -> String {
        Self.base64url(HMAC.sha256(key: key, message: Array((Self.prefix + user).utf8)))
    }

    static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
