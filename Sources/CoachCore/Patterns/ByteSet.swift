/// A set of bytes as 256 bits: the bytes a match's first word can begin with (`PatternProgram.memberStarts`).
struct ByteSet: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64)

    /// Every byte, the empty word's 0 among them: a match that may begin with any word.
    static let all = ByteSet(bits: (.max, .max, .max, .max))
    static let empty = ByteSet(bits: (0, 0, 0, 0))

    mutating func insert(_ byte: UInt8) {
        let bit: UInt64 = 1 << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    mutating func formUnion(_ other: ByteSet) {
        bits = (bits.0 | other.bits.0, bits.1 | other.bits.1, bits.2 | other.bits.2, bits.3 | other.bits.3)
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word & (1 << UInt64(byte & 63)) != 0
    }
}
