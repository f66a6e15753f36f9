/// Appends protocol primitives (big-endian integers, NUL-terminated strings) to a byte buffer.
struct WireWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func int16(_ value: Int16) {
        let v = UInt16(bitPattern: value)
        bytes += [UInt8(v >> 8), UInt8(truncatingIfNeeded: v)]
    }

    mutating func int32(_ value: Int32) {
        let v = UInt32(bitPattern: value)
        bytes += [UInt8(v >> 24), UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)]
    }

    mutating func cString(_ value: String) {
        bytes += value.utf8.map { $0 == 0 ? UInt8(ascii: "?") : $0 }
        bytes.append(0)
    }
}
