/// HMAC (RFC 2104 / FIPS 198-1) over SHA-1 and SHA-256.
public enum HMAC {
    /// HMAC-SHA1 of `message` under `key` (20 bytes).
    public static func sha1<K: Collection, D: Collection>(key: K, message: D) -> [UInt8]
    where K.Element == UInt8, D.Element == UInt8 {
        mac(SHA1Compression.self, key: key, message: message)
    }

    /// HMAC-SHA256 of `message` under `key` (32 bytes).
    public static func sha256<K: Collection, D: Collection>(key: K, message: D) -> [UInt8]
    where K.Element == UInt8, D.Element == UInt8 {
        mac(SHA256Compression.self, key: key, message: message)
    }

    /// H((K' ^ opad) || H((K' ^ ipad) || message)), where K' is the key hashed if longer than a block, then zero-padded.
    private static func mac<C: BlockCompression, K: Collection, D: Collection>(
        _: C.Type, key: K, message: D
    ) -> [UInt8] where K.Element == UInt8, D.Element == UInt8 {
        let blockSize = BlockHasher<C>.blockSize
        var block = Array(key)
        if block.count > blockSize {
            var keyHasher = BlockHasher<C>()
            keyHasher.update(block)
            block = keyHasher.finalize()
        }
        block += [UInt8](repeating: 0, count: blockSize - block.count)

        var inner = BlockHasher<C>()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)
        var outer = BlockHasher<C>()
        outer.update(block.map { $0 ^ 0x5c })
        outer.update(inner.finalize())
        return outer.finalize()
    }
}
