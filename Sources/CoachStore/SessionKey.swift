import CoachCrypto

/// A user as the store knows them: the SHA-256 of the user id. The raw id is never written anywhere.
struct SessionKey: Hashable {
    private let words: (UInt64, UInt64, UInt64, UInt64)

    /// The key for `user`: SHA-256 of its UTF-8 bytes.
    init(user: String) {
        let digest = SHA256.hash(Array(user.utf8))
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
