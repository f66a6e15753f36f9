import Foundation

/// What a log record says about its key.
enum RecordKind: UInt8 {
    /// Nothing: padding left where a record was scrubbed during compaction.
    case void = 0
    /// The key's session is now `payload`.
    case put = 1
    /// The key's session was erased.
    case erase = 2
}

/// One record of the append-only session log. Layout, integers little-endian:
///
///     offset  size  field
///     0       4     magic FF 41 43 53 ("\xFFACS"; 0xFF never occurs in UTF-8 JSON)
///     4       1     format version, 1
///     5       1     kind (RecordKind)
///     6       2     reserved, 0
///     8       32    SHA-256 of the user id
///     40      8     time of the save or erase, milliseconds since 1970
///     48      4     payload length n (at most `maxPayload`)
///     52      n     payload (the session's bytes; zeros for void, empty for erase)
///     52+n    4     CRC-32 of bytes 0 ..< 52+n
struct LogRecord {
    static let magic: [UInt8] = [0xFF, 0x41, 0x43, 0x53]
    static let version: UInt8 = 1
    static let headerSize = 52
    /// Header plus checksum: the bytes a record takes beyond its payload.
    static let overhead = 56
    /// The largest payload a record may carry (16 MiB).
    static let maxPayload = 16 << 20

    let kind: RecordKind
    let key: SessionKey
    let time: Int64
    let payload: Data

    /// The record's total encoded size.
    var size: Int { Self.overhead + payload.count }

    /// Appends the encoding of a record to `buffer`.
    static func append<P: Collection>(
        kind: RecordKind, key: SessionKey, time: Int64, payload: P, to buffer: inout [UInt8]
    ) where P.Element == UInt8 {
        let start = buffer.count
        buffer.reserveCapacity(start + overhead + payload.count)
        buffer += magic
        buffer += [version, kind.rawValue, 0, 0]
        buffer += key.bytes
        withUnsafeBytes(of: time.littleEndian) { buffer += $0 }
        withUnsafeBytes(of: UInt32(payload.count).littleEndian) { buffer += $0 }
        buffer += payload
        let crc = buffer.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[start...])) }
        withUnsafeBytes(of: crc.littleEndian) { buffer += $0 }
    }

    /// The encoding of a void record exactly `size` bytes long (`size` ≥ `overhead`).
    static func void(size: Int) -> [UInt8] {
        var out: [UInt8] = []
        append(kind: .void, key: .zero, time: 0, payload: repeatElement(UInt8(0), count: size - overhead), to: &out)
        return out
    }

    /// Decodes the record starting at `offset`, or nil if the bytes there are not a whole, intact record.
    static func decode(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> LogRecord? {
        guard offset >= 0, bytes.count - offset >= overhead else { return nil }
        let header = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + headerSize)])
        guard header.starts(with: magic), header[4] == version, let kind = RecordKind(rawValue: header[5]) else {
            return nil
        }
        let length = Int(UInt32(littleEndian: header.loadUnaligned(fromByteOffset: 48, as: UInt32.self)))
        guard length <= maxPayload, bytes.count - offset - overhead >= length else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + headerSize + length)])
        let stored = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + headerSize + length, as: UInt32.self))
        guard CRC32.checksum(body) == stored else { return nil }
        return LogRecord(
            kind: kind,
            key: SessionKey(bytes: UnsafeRawBufferPointer(rebasing: header[8..<40])),
            time: Int64(littleEndian: header.loadUnaligned(fromByteOffset: 40, as: Int64.self)),
            payload: Data(body[headerSize...]))
    }

    /// The offset of the next possible record start (a magic number) after `offset`, or nil.
    static func nextCandidate(_ bytes: UnsafeRawBufferPointer, after offset: Int) -> Int? {
        var i = offset + 1
        while i + magic.count <= bytes.count {
            if bytes[i] == magic[0] && bytes[i + 1] == magic[1] && bytes[i + 2] == magic[2] && bytes[i + 3] == magic[3] {
                return i
            }
            i += 1
        }
        return nil
    }
}
