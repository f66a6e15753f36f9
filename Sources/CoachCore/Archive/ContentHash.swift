/// A 128-bit hash of bytes, eight at a time: the load cache's key for a file's contents and its own checksum.
/// Not cryptographic; it tells an edited or damaged file from the one that was compiled.
struct ContentHash: Hashable, Sendable {
    var low: UInt64
    var high: UInt64

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    init(_ bytes: UnsafeRawBufferPointer) {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F &+ UInt64(bytes.count)
        var i = 0
        @inline(__always) func mix(_ word: UInt64) {
            a = (a ^ word) &* 0xFF51_AFD7_ED55_8CCD
            a = (a << 31 | a >> 33)
            b = (b &+ word) &* 0xC4CE_B9FE_1A85_EC53
            b = (b << 27 | b >> 37) ^ a
        }
        while i + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        mix(tail)
        for _ in 0..<2 { mix(a ^ b) }
        low = a
        high = b
    }

    init(_ bytes: [UInt8]) { self = bytes.withUnsafeBytes { ContentHash($0) } }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { ContentHash(UnsafeRawBufferPointer($0)) }
    }
}
