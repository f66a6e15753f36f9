import CoachCrypto

/// A user as the store knows them: HMAC-SHA256 of the user id under the store's own random key.
/// The raw id is never written anywhere, and without the key the hash cannot be checked against guesses.
struct SessionKey: Hashable, Sendable {
    private let words: (UInt64, UInt64, UInt64, UInt64)

    /// The key for `user`: HMAC-SHA256(secret, UTF-8 bytes of `user`).
    init(user: String, secret: [UInt8]) {
        let digest = HMAC.sha256(key: secret, message: Array(user.utf8))
        self = digest.withUnsafeBytes { SessionKey(bytes: $0) }
    }

    /// A key read back from 32 stored bytes.
    init(bytes: UnsafeRawBufferPointer) {
        precondition(bytes.count == 32, "a session key is 32 bytes")
        words = (bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
                 bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                 bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self),
                 bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
    }

    /// All zero bytes: the key of void records.
    static let zero = [UInt8](repeating: 0, count: 32).withUnsafeBytes { SessionKey(bytes: $0) }

    /// The 32 digest bytes, in order.
    var bytes: [UInt8] {
        withUnsafeBytes(of: words) { Array($0) }
    }

    static func == (a: SessionKey, b: SessionKey) -> Bool { a.words == b.words }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
