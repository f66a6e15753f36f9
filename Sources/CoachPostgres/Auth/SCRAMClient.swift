import CoachCrypto
import Foundation

/// The client side of SCRAM-SHA-256 (RFC 5802, RFC 7677) without channel binding, as PostgreSQL speaks it.
///
/// Three steps: `clientFirst`, then `clientFinal(serverFirst:)`, then `verify(serverFinal:)`, which proves
/// the server knew the password too. The password is used as UTF-8 without SASLprep normalisation
/// (PostgreSQL does the same when a password is not valid for SASLprep; ASCII passwords are unaffected).
public struct SCRAMClient {
    /// The user name sent in the first message.
    public let username: String
    private let password: String
    /// This exchange's random nonce.
    public let clientNonce: String
    private var authMessage: String?
    private var saltedPassword: [UInt8]?

    /// `username` may be empty: PostgreSQL takes the user from the startup message and ignores it here.
    public init(username: String = "", password: String, clientNonce: String = SCRAMClient.randomNonce()) {
        self.username = username
        self.password = password
        self.clientNonce = clientNonce
    }

    /// 24 random bytes in base64: a nonce with no ',' (RFC 5802 §5.1, `printable`).
    public static func randomNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<24).map { _ in UInt8.random(in: .min ... .max, using: &generator) }).base64EncodedString()
    }

    private var clientFirstBare: String { "n=\(Self.escape(username)),r=\(clientNonce)" }

    /// The client-first message: no channel binding (`n,,`), the user name and the nonce.
    public var clientFirst: String { "n,," + clientFirstBare }

    /// The client-final message, with the proof, for the server-first message.
    public mutating func clientFinal(serverFirst: String) throws -> String {
        let attributes = Self.attributes(serverFirst)
        guard let nonce = attributes["r"], nonce.hasPrefix(clientNonce), nonce.count > clientNonce.count else {
            throw PostgresError.authentication("the server's SCRAM nonce does not extend ours")
        }
        guard let saltText = attributes["s"], let salt = Data(base64Encoded: saltText) else {
            throw PostgresError.authentication("the server's SCRAM salt is missing or not base64")
        }
        guard let iterationText = attributes["i"], let iterations = Int(iterationText), iterations > 0, iterations <= 10_000_000 else {
            throw PostgresError.authentication("the server's SCRAM iteration count is missing or out of range")
        }
        let salted = PBKDF2.sha256(password: Array(password.utf8), salt: Array(salt), iterations: iterations)
        let withoutProof = "c=biws,r=\(nonce)"
        let message = clientFirstBare + "," + serverFirst + "," + withoutProof
        let clientKey = HMAC.sha256(key: salted, message: Array("Client Key".utf8))
        let storedKey = SHA256.hash(clientKey)
        let signature = HMAC.sha256(key: storedKey, message: Array(message.utf8))
        let proof = zip(clientKey, signature).map { $0 ^ $1 }
        authMessage = message
        saltedPassword = salted
        return withoutProof + ",p=" + Data(proof).base64EncodedString()
    }

    /// Checks the server's signature in the server-final message; throws if it is wrong or an error.
    public func verify(serverFinal: String) throws {
        let attributes = Self.attributes(serverFinal)
        if let error = attributes["e"] { throw PostgresError.authentication("the server refused SCRAM: \(error)") }
        guard let salted = saltedPassword, let message = authMessage else {
            throw PostgresError.authentication("the server-final message came before the client-final one")
        }
        guard let verifier = attributes["v"], let signature = Data(base64Encoded: verifier) else {
            throw PostgresError.authentication("the server-final message has no signature")
        }
        let serverKey = HMAC.sha256(key: salted, message: Array("Server Key".utf8))
        let expected = HMAC.sha256(key: serverKey, message: Array(message.utf8))
        guard ConstantTime.equals(Array(signature), expected) else {
            throw PostgresError.authentication("the server's SCRAM signature is wrong (it does not know the password)")
        }
    }

    /// `a=value` pairs separated by commas; a value may itself contain '='.
    static func attributes(_ message: String) -> [String: String] {
        var out: [String: String] = [:]
        for part in message.split(separator: ",", omittingEmptySubsequences: true) {
            guard let equals = part.firstIndex(of: "="), part.distance(from: part.startIndex, to: equals) == 1 else { continue }
            out[String(part[..<equals])] = String(part[part.index(after: equals)...])
        }
        return out
    }

    /// RFC 5802 §5.1: ',' and '=' in a user name become "=2C" and "=3D".
    static func escape(_ name: String) -> String {
        name.replacingOccurrences(of: "=", with: "=3D").replacingOccurrences(of: ",", with: "=2C")
    }
}
