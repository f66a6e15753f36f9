extension FileSessionStore {
    /// A stable stand-in for `user` in logs: the first 16 hex digits of the store's keyed hash
    /// (HMAC-SHA256 under the store's random key), so a guessable id (a phone number) cannot be
    /// recovered by hashing candidates without the key in the state directory.
    public func pseudonym(for user: String) -> String {
        keys.key(for: user).bytes.prefix(8).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
