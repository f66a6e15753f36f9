/// The fields of an ErrorResponse or NoticeResponse ("Error and Notice Message Fields").
public struct ServerMessage: Equatable, Sendable {
    /// Field type byte → value: `S` severity, `C` SQLSTATE code, `M` message, `D` detail, `H` hint, …
    public let fields: [UInt8: String]

    /// A message from its fields.
    public init(fields: [UInt8: String]) { self.fields = fields }

    init(_ reader: inout WireReader) throws {
        var fields: [UInt8: String] = [:]
        while true {
            let code = try reader.byte()
            if code == 0 { break }
            fields[code] = try reader.cString()
        }
        self.fields = fields
    }

    /// `ERROR`, `FATAL`, `PANIC` (untranslated, `V`, when the server sends it), else the localised `S`.
    public var severity: String { fields[UInt8(ascii: "V")] ?? fields[UInt8(ascii: "S")] ?? "ERROR" }
    /// The five-character SQLSTATE, such as `23505`.
    public var code: String { fields[UInt8(ascii: "C")] ?? "XX000" }
    /// The primary message (`M`).
    public var message: String { fields[UInt8(ascii: "M")] ?? "no message" }
    /// The detail (`D`), if any.
    public var detail: String? { fields[UInt8(ascii: "D")] }
    /// The hint (`H`), if any.
    public var hint: String? { fields[UInt8(ascii: "H")] }

    /// FATAL and PANIC end the session: the server closes the connection after sending them.
    public var endsSession: Bool { severity == "FATAL" || severity == "PANIC" }
}
