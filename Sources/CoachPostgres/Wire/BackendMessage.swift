/// Messages the server sends (PostgreSQL protocol 3.0), decoded from one type byte and body.
public enum BackendMessage: Equatable, Sendable {
    /// `AuthenticationOk` and the other `R` messages.
    case authentication(Authentication)
    case parameterStatus(name: String, value: String)
    case backendKeyData(processID: Int32, secret: Int32)
    /// `Z`: ready for a new query; the transaction status is `I` idle, `T` in a transaction, `E` failed.
    case readyForQuery(TransactionStatus)
    case rowDescription([Column])
    case dataRow([[UInt8]?])
    case commandComplete(tag: String)
    case emptyQueryResponse
    case errorResponse(ServerMessage)
    case noticeResponse(ServerMessage)
    case parseComplete, bindComplete, closeComplete, noData, portalSuspended
    case parameterDescription([UInt32])
    case notification(processID: Int32, channel: String, payload: String)

    /// The `R` message's variants that this client understands.
    public enum Authentication: Equatable, Sendable {
        case ok
        case cleartextPassword
        case md5Password(salt: [UInt8])
        case sasl(mechanisms: [String])
        case saslContinue([UInt8])
        case saslFinal([UInt8])
        /// GSS, SSPI, Kerberos: methods this client cannot answer.
        case other(code: Int32)
    }

    /// Where ReadyForQuery says the session is: idle, in a transaction, or in a failed one.
    public enum TransactionStatus: UInt8, Sendable {
        case idle = 73  // I
        case inTransaction = 84  // T
        case failed = 69  // E
    }

    /// A result column: its name and type OID.
    public struct Column: Equatable, Sendable {
        /// The column's name.
        public let name: String
        /// The OID of the column's type.
        public let typeOID: UInt32
    }

    /// Decodes the message of type `type` from its body.
    public static func decode(type: UInt8, body: ArraySlice<UInt8>) throws -> BackendMessage {
        var reader = WireReader(body)
        switch type {
        case UInt8(ascii: "R"):
            let code = try reader.int32()
            switch code {
            case 0: return .authentication(.ok)
            case 3: return .authentication(.cleartextPassword)
            case 5: return .authentication(.md5Password(salt: Array(try reader.take(4))))
            case 10:
                var mechanisms: [String] = []
                while true {
                    let name = try reader.cString()
                    if name.isEmpty { break }
                    mechanisms.append(name)
                }
                return .authentication(.sasl(mechanisms: mechanisms))
            case 11: return .authentication(.saslContinue(Array(reader.rest())))
            case 12: return .authentication(.saslFinal(Array(reader.rest())))
            default: return .authentication(.other(code: code))
            }
        case UInt8(ascii: "S"): return .parameterStatus(name: try reader.cString(), value: try reader.cString())
        case UInt8(ascii: "K"): return .backendKeyData(processID: try reader.int32(), secret: try reader.int32())
        case UInt8(ascii: "Z"):
            let raw = try reader.byte()
            guard let status = TransactionStatus(rawValue: raw) else {
                throw PostgresError.protocolViolation("unknown transaction status \(raw) in ReadyForQuery")
            }
            return .readyForQuery(status)
        case UInt8(ascii: "T"):
            let count = Int(try reader.int16())
            var columns: [Column] = []
            for _ in 0..<max(count, 0) {
                let name = try reader.cString()
                _ = try reader.int32()  // table OID
                _ = try reader.int16()  // column number
                let oid = UInt32(bitPattern: try reader.int32())
                _ = try reader.int16()  // type size
                _ = try reader.int32()  // type modifier
                _ = try reader.int16()  // format
                columns.append(Column(name: name, typeOID: oid))
            }
            return .rowDescription(columns)
        case UInt8(ascii: "D"):
            let count = Int(try reader.int16())
            var values: [[UInt8]?] = []
            for _ in 0..<max(count, 0) {
                let length = Int(try reader.int32())
                values.append(length < 0 ? nil : Array(try reader.take(length)))
            }
            return .dataRow(values)
        case UInt8(ascii: "C"): return .commandComplete(tag: try reader.cString())
        case UInt8(ascii: "I"): return .emptyQueryResponse
        case UInt8(ascii: "E"): return .errorResponse(try ServerMessage(&reader))
        case UInt8(ascii: "N"): return .noticeResponse(try ServerMessage(&reader))
        case UInt8(ascii: "1"): return .parseComplete
        case UInt8(ascii: "2"): return .bindComplete
        case UInt8(ascii: "3"): return .closeComplete
        case UInt8(ascii: "n"): return .noData
        case UInt8(ascii: "s"): return .portalSuspended
        case UInt8(ascii: "t"):
            let count = Int(try reader.int16())
            return .parameterDescription(try (0..<max(count, 0)).map { _ in UInt32(bitPattern: try reader.int32()) })
        case UInt8(ascii: "A"):
            return .notification(processID: try reader.int32(), channel: try reader.cString(), payload: try reader.cString())
        default:
            throw PostgresError.protocolViolation("unexpected message type '\(Character(Unicode.Scalar(type)))'")
        }
    }
}
