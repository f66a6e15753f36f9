/// PBKDF2 (RFC 8018 §5.2) with HMAC-SHA-256 as the pseudorandom function, as SCRAM-SHA-256 uses it.
public enum PBKDF2 {
    /// The first `length` bytes of PBKDF2-HMAC-SHA256(password, salt, iterations).
    public static func sha256<P: Collection, S: Collection>(password: P, salt: S, iterations: Int, length: Int = 32) -> [UInt8]
    where P.Element == UInt8, S.Element == UInt8 {
        precondition(iterations > 0 && length > 0, "PBKDF2 needs at least one iteration and one byte")
        let prf = KeyedSHA256(key: Array(password))
        var out: [UInt8] = []
        var block: UInt32 = 1
        while out.count < length {
            var u = prf.mac(Array(salt) + [UInt8(block >> 24), UInt8(truncatingIfNeeded: block >> 16),
                                           UInt8(truncatingIfNeeded: block >> 8), UInt8(truncatingIfNeeded: block)])
            var t = u
            for _ in 1..<iterations {
                u = prf.mac(u)
                for i in 0..<t.count { t[i] ^= u[i] }
            }
            out += t
            block += 1
        }
        return Array(out.prefix(length))
    }
}

/// HMAC-SHA256 under one key with the padded key blocks hashed once, so thousands of MACs share that work.
private struct KeyedSHA256 {
    let inner: SHA256.Hasher
    let outer: SHA256.Hasher

    init(key: [UInt8]) {
        var block = key.count > 64 ? SHA256.hash(key) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256.Hasher()
        inner.update(block.map { $0 ^ 0x36 })
        var outer = SHA256.Hasher()
        outer.update(block.map { $0 ^ 0x5c })
        self.inner = inner
        self.outer = outer
    }

    func mac(_ message: [UInt8]) -> [UInt8] {
        var inner = self.inner
        inner.update(message)
        var outer = self.outer
        outer.update(inner.finalize())
        return outer.finalize()
    }
}
