/// Values of a fixed size laid out one after another, read where they lie in an archive's bytes (the cache file mapped
/// from the page cache), which they keep alive, or a copy of an array's. The brain's tables are these: a load from the
/// cache neither copies them nor has the kernel zero fresh memory for them. Read-only; every read is bounds-checked.
struct StoredArray<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    typealias Indices = Range<Int>

    /// Keeps the bytes `base` points into alive.
    private let stored: StoredBytes
    private let base: UnsafePointer<Element>
    let count: Int

    /// A copy of `array`'s elements.
    init(_ array: [Element]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: Swift.max(array.count * MemoryLayout<Element>.stride, 1),
                                                          alignment: Swift.max(MemoryLayout<Element>.alignment, 16))
        array.withUnsafeBytes { copy.copyMemory(from: $0) }
        self.init(in: StoredBytes(UnsafeRawBufferPointer(copy)) { $0.deallocate() }, at: 0, count: array.count)
    }

    /// The `count` elements at `offset` in `stored`, read where they lie: the offset must be aligned for `Element`, and
    /// the bytes must be valid values of it (any bit pattern is, for integers).
    init(in stored: StoredBytes, at offset: Int, count: Int) {
        precondition(Self.fits(in: stored, at: offset, count: count), "stored array misaligned or out of its bytes")
        self.stored = stored
        self.count = count
        // An empty array may have no bytes to point into: it points at an aligned address it never reads.
        base = (stored.bytes.baseAddress.map { $0 + offset } ?? UnsafeRawPointer(bitPattern: MemoryLayout<Element>.alignment)!)
            .bindMemory(to: Element.self, capacity: count)
    }

    /// Whether `count` elements at `offset` in `stored` could be read in place: aligned and within the bytes.
    static func fits(in stored: StoredBytes, at offset: Int, count: Int) -> Bool {
        guard offset >= 0, offset <= stored.bytes.count, count >= 0,
              count <= (stored.bytes.count - offset) / MemoryLayout<Element>.stride else { return false }
        guard let address = stored.bytes.baseAddress else { return count == 0 }
        return (UInt(bitPattern: address) + UInt(offset)) % UInt(MemoryLayout<Element>.alignment) == 0
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    var indices: Range<Int> { 0..<count }

    @inline(__always)
    subscript(index: Int) -> Element {
        precondition(UInt(bitPattern: index) < UInt(count), "index out of range")
        return base[index]
    }

    /// `body` over the elements (valid only during the call).
    @inline(__always)
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(stored) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }
}

extension StoredArray: CustomReflectable {
    /// The elements, as an array's (where they are kept does not show).
    var customMirror: Mirror { Mirror(self, unlabeledChildren: Array(self), displayStyle: .collection) }
}

extension StoredArray: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: Element...) { self.init(elements) }
}

extension StoredArray: Equatable where Element: Equatable {
    static func == (a: StoredArray, b: StoredArray) -> Bool { a.elementsEqual(b) }
}
