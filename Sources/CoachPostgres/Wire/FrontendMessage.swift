/// Messages the client sends (PostgreSQL protocol 3.0, "Message Formats"), encoded to bytes.
/// Every message but the startup message is a type byte, a big-endian length that counts itself, and a body.
public enum FrontendMessage: Equatable, Sendable {
    /// Protocol version 3.0 and the connection parameters (`user`, `database`, …).
    case startup(parameters: [(String, String)])
    /// A cleartext password (`AuthenticationCleartextPassword`).
    case password(String)
    /// The first SASL message: the chosen mechanism and the client-first message.
    case saslInitialResponse(mechanism: String, data: [UInt8])
    /// A later SASL message (the client-final message).
    case saslResponse([UInt8])
    /// Parse `query` into the unnamed statement, with the parameters' type OIDs.
    case parse(query: String, parameterTypes: [UInt32])
    /// Bind parameters (all in binary format) to the unnamed portal; results asked for in binary.
    case bind(parameters: [[UInt8]?])
    /// Describe the unnamed portal (its row description, or NoData).
    case describePortal
    /// Execute the unnamed portal, all rows.
    case execute
    /// End of an extended-query cycle: commit an implicit transaction, answer ReadyForQuery.
    case sync
    /// Close the connection.
    case terminate

    /// Equal when the bytes on the wire are.
    public static func == (a: FrontendMessage, b: FrontendMessage) -> Bool { a.encoded() == b.encoded() }

    /// The message's bytes on the wire.
    public func encoded() -> [UInt8] {
        var body = WireWriter()
        let type: UInt8
        switch self {
        case .startup(let parameters):
            body.int32(196_608)  // 3 << 16 | 0
            for (name, value) in parameters {
                body.cString(name)
                body.cString(value)
            }
            body.byte(0)
            var out = WireWriter()
            out.int32(Int32(body.bytes.count + 4))
            return out.bytes + body.bytes
        case .password(let password):
            type = UInt8(ascii: "p")
            body.cString(password)
        case .saslInitialResponse(let mechanism, let data):
            type = UInt8(ascii: "p")
            body.cString(mechanism)
            body.int32(Int32(data.count))
            body.bytes += data
        case .saslResponse(let data):
            type = UInt8(ascii: "p")
            body.bytes += data
        case .parse(let query, let parameterTypes):
            type = UInt8(ascii: "P")
            body.cString("")
            body.cString(query)
            body.int16(Int16(parameterTypes.count))
            for oid in parameterTypes { body.int32(Int32(bitPattern: oid)) }
        case .bind(let parameters):
            type = UInt8(ascii: "B")
            body.cString("")
            body.cString("")
            body.int16(1)
            body.int16(1)  // every parameter in binary
            body.int16(Int16(parameters.count))
            for parameter in parameters {
                if let parameter {
                    body.int32(Int32(parameter.count))
                    body.bytes += parameter
                } else {
                    body.int32(-1)
                }
            }
            body.int16(1)
            body.int16(1)  // every result column in binary
        case .describePortal:
            type = UInt8(ascii: "D")
            body.byte(UInt8(ascii: "P"))
            body.cString("")
        case .execute:
            type = UInt8(ascii: "E")
            body.cString("")
            body.int32(0)
        case .sync:
            type = UInt8(ascii: "S")
        case .terminate:
            type = UInt8(ascii: "X")
        }
        var out = WireWriter()
        out.byte(type)
        out.int32(Int32(body.bytes.count + 4))
        return out.bytes + body.bytes
    }
}
