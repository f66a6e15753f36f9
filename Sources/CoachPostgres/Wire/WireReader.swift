/// Reads protocol primitives from one message body; running past the end throws a protocol error.
struct WireReader {
    let bytes: ArraySlice<UInt8>
    private(set) var offset: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        offset = bytes.startIndex
    }

    var isAtEnd: Bool { offset >= bytes.endIndex }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.endIndex else { throw PostgresError.protocolViolation("a message ended early") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func int16() throws -> Int16 {
        let raw = try take(2)
        return Int16(bitPattern: UInt16(raw[raw.startIndex]) << 8 | UInt16(raw[raw.startIndex + 1]))
    }

    mutating func int32() throws -> Int32 {
        let raw = try take(4)
        var value: UInt32 = 0
        for byte in raw { value = value << 8 | UInt32(byte) }
        return Int32(bitPattern: value)
    }

    mutating func cString() throws -> String {
        guard let end = bytes[offset...].firstIndex(of: 0) else { throw PostgresError.protocolViolation("a string has no terminating NUL") }
        defer { offset = end + 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, bytes.endIndex - offset >= count else { throw PostgresError.protocolViolation("a message ended early") }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func rest() -> ArraySlice<UInt8> {
        defer { offset = bytes.endIndex }
        return bytes[offset...]
    }
}
