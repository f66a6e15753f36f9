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
        // Four lanes of 64 bits, 32 bytes a round (the lanes are independent, so the multiplies overlap).
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count), 0xC2B2_AE3D_27D4_EB4F,
                                                       0x1656_67B1_9E37_79F9, 0x27D4_EB2F_1656_67C5)
        @inline(__always) func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = (lane ^ word) &* 0xFF51_AFD7_ED55_8CCD
            return mixed << 31 | mixed >> 33
        }
        @inline(__always) func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        var i = 0
        while i + 32 <= bytes.count {
            lanes = (round(lanes.0, word(i)), round(lanes.1, word(i + 8)), round(lanes.2, word(i + 16)), round(lanes.3, word(i + 24)))
            i += 32
        }
        var tail: [UInt64] = []
        var last: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            last |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
            if shift == 64 { tail.append(last); (last, shift) = (0, 0) }
        }
        tail.append(last)
        var a = lanes.0 ^ (lanes.2 &* 0xC4CE_B9FE_1A85_EC53)
        var b = lanes.1 ^ (lanes.3 &* 0xC4CE_B9FE_1A85_EC53)
        for word in tail + [a ^ b, b &+ a] {
            a = round(a, word)
            b = round(b ^ a, word &+ 0x9E37_79B9_7F4A_7C15)
        }
        low = a
        high = b
    }

    init(_ bytes: [UInt8]) { self = bytes.withUnsafeBytes { ContentHash($0) } }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { ContentHash(UnsafeRawBufferPointer($0)) }
    }
}
