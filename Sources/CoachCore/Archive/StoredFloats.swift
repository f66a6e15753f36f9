/// A word model's weights: floats of their own, or read in place from the archive they were cached in (little-endian
/// bit patterns, at any alignment), which they keep alive. The cache holds megabytes of them; read in place, a load
/// neither copies them nor has the kernel zero fresh memory for them.
struct StoredFloats: RandomAccessCollection, Equatable, Sendable, CustomReflectable {
    let owned: [Float]
    let stored: StoredBytes?
    let offset: Int
    let count: Int

    /// Floats of their own.
    init(_ floats: [Float]) {
        owned = floats
        stored = nil
        offset = 0
        count = floats.count
    }

    /// The `count` floats at `offset` in `bytes`, read where they lie.
    init(in bytes: StoredBytes, at offset: Int, count: Int) {
        precondition(offset >= 0 && count >= 0 && offset + count * 4 <= bytes.bytes.count)
        owned = []
        stored = bytes
        self.offset = offset
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(index: Int) -> Float {
        guard let stored else { return owned[index] }
        precondition(index >= 0 && index < count)
        return Float(bitPattern: UInt32(littleEndian: stored.bytes.loadUnaligned(fromByteOffset: offset + index * 4, as: UInt32.self)))
    }

    static func == (a: StoredFloats, b: StoredFloats) -> Bool { a.elementsEqual(b) }

    /// The floats, as an array's (where they are kept does not show).
    var customMirror: Mirror { Mirror(self, unlabeledChildren: Array(self), displayStyle: .collection) }
}

/// Weights written out in place: `[0, 0.5, 1]`.
extension StoredFloats: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: Float...) { self.init(elements) }
}
