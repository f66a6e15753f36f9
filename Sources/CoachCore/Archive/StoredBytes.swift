/// An archive's bytes that stay where they are for as long as anything holds this: a cache file mapped from the page
/// cache (released by unmapping it) or a copy of an array. A brain read from it may keep parts of it rather than copy
/// them (`StoredFloats`), so the bytes must never change while it lives: the cache file is replaced by renaming a new
/// file into place, never rewritten.
public final class StoredBytes: @unchecked Sendable {
    /// The bytes; valid until this is released.
    public let bytes: UnsafeRawBufferPointer
    private let release: @Sendable (UnsafeRawBufferPointer) -> Void

    /// Bytes held elsewhere (a mapping), given back by `release` when nothing holds them any more.
    public init(_ bytes: UnsafeRawBufferPointer, release: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) {
        self.bytes = bytes
        self.release = release
    }

    /// A copy of `array`'s bytes.
    public convenience init(copying array: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: array.count, alignment: 16)
        array.withUnsafeBytes { copy.copyMemory(from: $0) }
        self.init(UnsafeRawBufferPointer(copy)) { $0.deallocate() }
    }

    deinit { release(bytes) }
}
