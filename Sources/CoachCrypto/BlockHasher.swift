/// A hash function's compression step over 64-byte blocks (SHA-1 and SHA-256 share this shape).
protocol BlockCompression {
    /// The initial chaining state.
    init()
    /// Mixes one 64-byte block into the state.
    mutating func compress(_ block: UnsafeRawBufferPointer)
    /// The digest bytes of the current state, big-endian.
    var digest: [UInt8] { get }
}

/// Merkle–Damgård framing for a `BlockCompression` (FIPS 180-4 §5.1.1): buffering,
/// 0x80 padding and the 64-bit big-endian message length in bits.
struct BlockHasher<C: BlockCompression> {
    /// The block size in bytes.
    static var blockSize: Int { 64 }

    private var state = C()
    private var pending: [UInt8] = []
    private var byteCount: UInt64 = 0

    init() { pending.reserveCapacity(64) }

    /// Feeds more message bytes.
    mutating func update<D: Collection>(_ data: D) where D.Element == UInt8 {
        let done: Void? = data.withContiguousStorageIfAvailable { absorb(UnsafeRawBufferPointer($0)) }
        if done == nil {
            Array(data).withUnsafeBytes { absorb($0) }
        }
    }

    /// The digest of `data` in one call.
    static func hash<D: Collection>(_ data: D) -> [UInt8] where D.Element == UInt8 {
        var hasher = BlockHasher()
        hasher.update(data)
        return hasher.finalize()
    }

    /// The digest of everything fed so far (the hasher itself is left unchanged).
    func finalize() -> [UInt8] {
        var copy = self
        let bitLength = byteCount &* 8
        var tail: [UInt8] = [0x80]
        let used = (copy.pending.count + 1) % 64
        tail += [UInt8](repeating: 0, count: used <= 56 ? 56 - used : 120 - used)
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        tail.withUnsafeBytes { copy.absorb($0) }
        precondition(copy.pending.isEmpty, "padding must end on a block boundary")
        return copy.state.digest
    }

    private mutating func absorb(_ bytes: UnsafeRawBufferPointer) {
        byteCount &+= UInt64(bytes.count)
        var offset = 0
        if !pending.isEmpty {
            let take = Swift.min(64 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            offset = take
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { state.compress($0) }
            pending.removeAll(keepingCapacity: true)
        }
        while bytes.count - offset >= 64 {
            state.compress(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + 64)]))
            offset += 64
        }
        pending.append(contentsOf: bytes[offset...])
    }
}

/// Reads the big-endian 32-bit word at `index` (in words) of a block.
@inline(__always)
func bigEndianWord(_ block: UnsafeRawBufferPointer, _ index: Int) -> UInt32 {
    UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
}

/// Serialises words big-endian, as both SHA digests are written.
func bigEndianBytes(_ words: [UInt32]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(words.count * 4)
    for word in words {
        out += [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16),
                UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
    }
    return out
}

/// Rotates a word right by `n` bits.
@inline(__always)
func rotateRight(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
