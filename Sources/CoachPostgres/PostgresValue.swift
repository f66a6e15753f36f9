/// A statement parameter, sent in binary with its type, so no value is ever spliced into SQL text.
public enum PostgresValue: Equatable, Sendable {
    case null
    case text(String)
    case bytea([UInt8])
    case int8(Int64)
    case int4(Int32)
    case float8(Double)
    case bool(Bool)

    /// The type OID declared in Parse (0 lets the server infer the type of a NULL).
    var typeOID: UInt32 {
        switch self {
        case .null: return 0
        case .text: return 25
        case .bytea: return 17
        case .int8: return 20
        case .int4: return 23
        case .float8: return 701
        case .bool: return 16
        }
    }

    /// The binary encoding (nil for NULL).
    var binary: [UInt8]? {
        switch self {
        case .null: return nil
        case .text(let value): return Array(value.utf8)
        case .bytea(let value): return value
        case .int8(let value): return bigEndian(UInt64(bitPattern: value), bytes: 8)
        case .int4(let value): return bigEndian(UInt64(UInt32(bitPattern: value)), bytes: 4)
        case .float8(let value): return bigEndian(value.bitPattern, bytes: 8)
        case .bool(let value): return [value ? 1 : 0]
        }
    }

    private func bigEndian(_ value: UInt64, bytes: Int) -> [UInt8] {
        (0..<bytes).map { UInt8(truncatingIfNeeded: value >> UInt64(8 * (bytes - 1 - $0))) }
    }
}
