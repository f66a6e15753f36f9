/// Test helpers for writing byte strings compactly.
extension Array where Element == UInt8 {
    /// Bytes from a hex string such as "0b0b0c"; traps on malformed input (test data only).
    init(hex: String) {
        let digits = Array(hex.utf8)
        precondition(digits.count % 2 == 0, "odd-length hex")
        self = stride(from: 0, to: digits.count, by: 2).map { i in
            UInt8(String(decoding: digits[i..<(i + 2)], as: UTF8.self), radix: 16)!
        }
    }

    /// The UTF-8 bytes of `text`.
    init(utf8 text: String) { self = Array(text.utf8) }

    /// `byte` repeated `count` times.
    init(_ byte: UInt8, times count: Int) { self = [UInt8](repeating: byte, count: count) }
}
