/// A 128-bit hash of bytes, sixteen at a time: the load cache's key for a file's contents and its own checksum.
/// Not cryptographic; it tells an edited or damaged file from the one that was compiled.
struct ContentHash: Hashable, Sendable {
    var low: UInt64
    var high: UInt64

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    init(_ bytes: UnsafeRawBufferPointer) {
        // Four lanes of 16 bytes, 64 a round. A block's two words are keyed (the key moves on each round and differs
        // per lane, so a block moved elsewhere changes the hash) and multiplied into 128 bits, whose halves are folded
        // and added to the lane with the words themselves (a word keyed to zero still counts). One multiply per 16
        // bytes, off the lanes' chains of additions: the load hashes ~20 MB (the examples and its own archive).
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count), 0xC2B2_AE3D_27D4_EB4F,
                                                       0x1656_67B1_9E37_79F9, 0x27D4_EB2F_1656_67C5)
        @inline(__always) func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = (lane ^ word) &* 0xFF51_AFD7_ED55_8CCD
            return mixed << 31 | mixed >> 33
        }
        @inline(__always) func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        @inline(__always) func block(_ lane: UInt64, _ offset: Int, _ key: UInt64) -> UInt64 {
            let (first, second) = (word(offset), word(offset + 8))
            let product = (first ^ key).multipliedFullWidth(by: second ^ 0xE703_7ED1_A0B4_28DB)
            return lane &+ (product.high ^ product.low) &+ first &+ (second << 29 | second >> 35)
        }
        var key: UInt64 = 0xA076_1D64_78BD_642F
        var i = 0
        while i + 64 <= bytes.count {
            lanes = (block(lanes.0, i, key), block(lanes.1, i + 16, key ^ 0x8EBC_6AF0_9C88_C6E3),
                     block(lanes.2, i + 32, key ^ 0x5899_65CC_7537_4CC3), block(lanes.3, i + 48, key ^ 0x1D8E_4E27_C47D_124F))
            key &+= 0xD6E8_FEB8_6659_FD93
            i += 64
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
