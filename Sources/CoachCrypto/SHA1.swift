/// SHA-1 (FIPS 180-4 §6.1). Only for protocols that still require it (Twilio webhook signatures).
public enum SHA1 {
    /// The 20-byte SHA-1 digest of `data`.
    public static func hash<D: Collection>(_ data: D) -> [UInt8] where D.Element == UInt8 { Hasher.hash(data) }

    /// A streaming SHA-1: `update` any number of times, then `finalize`.
    typealias Hasher = BlockHasher<SHA1Compression>
}

/// The SHA-1 compression function and chaining state.
struct SHA1Compression: BlockCompression {
    private var h: [UInt32] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]

    var digest: [UInt8] { bigEndianBytes(h) }

    mutating func compress(_ block: UnsafeRawBufferPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            for t in 0..<16 { w[t] = bigEndianWord(block, t) }
            for t in 16..<80 { w[t] = rotateRight(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 31) }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for t in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch t {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5a827999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ed9eba1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8f1bbcdc)
                default: (f, k) = (b ^ c ^ d, 0xca62c1d6)
                }
                let temp = rotateRight(a, 27) &+ f &+ e &+ k &+ w[t]
                (e, d, c, b, a) = (d, c, rotateRight(b, 2), a, temp)
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e
        }
    }
}
