import CoachCrypto
import CoachHTTP
import Foundation

/// Twilio's request signature, checked the way Twilio's own validators check it.
///
/// The signed string is the URL followed by each POST parameter name and value: names sorted, and a repeated
/// name's values sorted too (duplicates once). The URL may carry an explicit default port or not (Twilio
/// signs what it was given), so both forms are tried. By default the HMAC is SHA-1 under the account's auth
/// token; when a Webhook Setting signs instead, `X-Twilio-Webhooks-Signature-Settings: key=…,algorithm=HMAC_SHA256`
/// names the algorithm, and the Setting's shared key (`--twilio-signing-key`, else the auth token) is the secret.
enum TwilioSignature {
    enum Algorithm: Equatable {
        case sha1, sha256
    }

    /// base64(HMAC(secret, url + sorted parameters)).
    static func compute(secret: String, url: String, parameters: [(String, String)], algorithm: Algorithm = .sha1) -> String {
        let message = Array(signedString(url: url, parameters: parameters).utf8)
        let key = Array(secret.utf8)
        let digest = algorithm == .sha1 ? HMAC.sha1(key: key, message: message) : HMAC.sha256(key: key, message: message)
        return Data(digest).base64EncodedString()
    }

    /// The URL, then for each distinct name in code point order, name + value for each of its distinct values in order.
    static func signedString(url: String, parameters: [(String, String)]) -> String {
        var values: [String: Set<String>] = [:]
        for (name, value) in parameters { values[name, default: []].insert(value) }
        var out = url
        for name in values.keys.sorted(by: codePointOrder) {
            for value in values[name]!.sorted(by: codePointOrder) { out += name + value }
        }
        return out
    }

    /// The algorithm a settings header names (`algorithm=HMAC_SHA256`), SHA-1 without one, nil when unknown.
    static func algorithm(settings: String?) -> Algorithm? {
        guard let settings else { return .sha1 }
        for part in settings.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "algorithm" else { continue }
            switch pair[1].uppercased() {
            case "HMAC_SHA1", "HMAC-SHA1": return .sha1
            case "HMAC_SHA256", "HMAC-SHA256": return .sha256
            default: return nil
            }
        }
        return .sha1
    }

    /// The URL as given, with the scheme's default port added, and with any port removed.
    static func urlVariants(_ url: String) -> [String] {
        guard var components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              let defaultPort = scheme == "https" ? 443 : scheme == "http" ? 80 : nil else { return [url] }
        var variants = [url]
        if components.port == nil {
            components.port = defaultPort
        } else {
            components.port = nil
        }
        if let other = components.string, other != url { variants.append(other) }
        return variants
    }

    /// True when `signature` matches one of the URL's forms.
    static func isValid(_ signature: String, settings: String?, url: String, parameters: [(String, String)],
                        token: String, signingKey: String?) -> Bool {
        guard let algorithm = algorithm(settings: settings) else { return false }
        let secret = settings != nil ? (signingKey ?? token) : token
        var valid = false
        for variant in urlVariants(url) {
            let expected = compute(secret: secret, url: variant, parameters: parameters, algorithm: algorithm)
            valid = ConstantTime.equals(Array(signature.utf8), Array(expected.utf8)) || valid
        }
        return valid
    }

    private static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }
}
