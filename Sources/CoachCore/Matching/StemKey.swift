/// A stem of one to eight ASCII bytes (none of them 0) packed into one integer, so that two such stems compare as integers:
/// two ASCII strings are equal (`==`, canonical equivalence) exactly when their bytes are. Any other stem has key 0 and is
/// compared as a `String` (a stem that is not ASCII may equal an ASCII one).
enum StemKey {
    /// The key of a stem, or 0.
    static func of(_ stem: String) -> UInt64 { of(bytes: Array(stem.utf8)[...]) }

    /// The key of the stem made of these UTF-8 bytes (`String(decoding:as:)`), or 0.
    static func of(bytes: ArraySlice<UInt8>) -> UInt64 {
        guard (1...8).contains(bytes.count) else { return 0 }
        var key: UInt64 = 0, shift: UInt64 = 0
        for byte in bytes {
            guard byte != 0, byte < 0x80 else { return 0 }
            key |= UInt64(byte) << shift
            shift += 8
        }
        return key
    }
}
