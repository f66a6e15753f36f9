/// One session with a PostgreSQL server over protocol 3.0: startup and authentication, then statements
/// through the extended query protocol. Not thread-safe: one caller at a time (the pool sees to that).
public final class PostgresConnection {
    let transport: PostgresTransport
    private var buffer: [UInt8] = []
    private var consumed = 0
    /// The server's transaction status after the last statement.
    public private(set) var transactionStatus: BackendMessage.TransactionStatus = .idle
    /// True once the stream broke or the server ended the session; the connection must be discarded.
    public private(set) var isBroken = false
    /// What the server reported at startup (`server_version`, `TimeZone`, …).
    public private(set) var serverParameters: [String: String] = [:]
    /// The server process serving this connection.
    public private(set) var processID: Int32 = 0

    /// A connection over `transport`; call `startup` before anything else.
    public init(transport: PostgresTransport) { self.transport = transport }

    /// Connects over TCP and authenticates.
    public static func connect(_ configuration: PostgresConfiguration) throws -> PostgresConnection {
        let transport = try SocketTransport(host: configuration.host, port: configuration.port,
                                            connectTimeout: configuration.connectTimeout, ioTimeout: configuration.ioTimeout)
        let connection = PostgresConnection(transport: transport)
        do {
            try connection.startup(user: configuration.user, database: configuration.database, password: configuration.password)
        } catch {
            connection.transport.close()
            throw error
        }
        return connection
    }

    /// Sends the startup message and answers the server's authentication request (trust, cleartext
    /// password or SCRAM-SHA-256), then waits until the server is ready for queries.
    public func startup(user: String, database: String, password: String?, scramNonce: String = SCRAMClient.randomNonce()) throws {
        try send([.startup(parameters: [("user", user), ("database", database), ("application_name", "coach"),
                                        ("client_encoding", "UTF8")])])
        var scram: SCRAMClient?
        while true {
            switch try receive() {
            case .authentication(.ok): break
            case .authentication(.cleartextPassword):
                guard let password else { throw fail(.authentication("the server asks for a password and the URL has none")) }
                try send([.password(password)])
            case .authentication(.md5Password):
                throw fail(.authentication("the server asks for an MD5 password; set password_encryption = scram-sha-256 and the user's password again, and use scram-sha-256 in pg_hba.conf"))
            case .authentication(.sasl(let mechanisms)):
                guard mechanisms.contains("SCRAM-SHA-256") else {
                    throw fail(.authentication("the server offers \(mechanisms.joined(separator: ", ")); this client speaks SCRAM-SHA-256 only"))
                }
                guard let password else { throw fail(.authentication("the server asks for a password and the URL has none")) }
                let client = SCRAMClient(password: password, clientNonce: scramNonce)
                scram = client
                try send([.saslInitialResponse(mechanism: "SCRAM-SHA-256", data: Array(client.clientFirst.utf8))])
            case .authentication(.saslContinue(let data)):
                guard var client = scram else { throw fail(.protocolViolation("SASL continue before SASL started")) }
                let final = try wrap { try client.clientFinal(serverFirst: String(decoding: data, as: UTF8.self)) }
                scram = client
                try send([.saslResponse(Array(final.utf8))])
            case .authentication(.saslFinal(let data)):
                guard let client = scram else { throw fail(.protocolViolation("SASL final before SASL started")) }
                try wrap { try client.verify(serverFinal: String(decoding: data, as: UTF8.self)) }
            case .authentication(.other(let code)):
                throw fail(.authentication("the server asks for authentication method \(code), which this client does not speak; use scram-sha-256"))
            case .parameterStatus(let name, let value): serverParameters[name] = value
            case .backendKeyData(let processID, _): self.processID = processID
            case .readyForQuery(let status):
                transactionStatus = status
                return
            case .errorResponse(let message): throw fail(.server(message))
            case .noticeResponse: break
            case let other: throw fail(.protocolViolation("unexpected \(other) during startup"))
            }
        }
    }

    /// Runs one statement with `parameters` bound to `$1`, `$2`, … (Parse, Bind, Describe, Execute, Sync in
    /// one write). A server error is thrown as `PostgresError.server` once the server is ready again; the
    /// connection stays usable unless the error ended the session.
    @discardableResult
    public func query(_ sql: String, _ parameters: [PostgresValue] = []) throws -> PostgresResult {
        try pipeline([PostgresStatement(sql, parameters)])[0]
    }

    /// Runs one prepared-as-data statement.
    @discardableResult
    public func query(_ statement: PostgresStatement) throws -> PostgresResult { try pipeline([statement])[0] }

    /// Runs several statements in one round trip: each one's Parse, Bind, Describe and Execute, then a
    /// single Sync. The server stops at the first error (the rest are skipped), which is then thrown.
    public func pipeline(_ statements: [PostgresStatement]) throws -> [PostgresResult] {
        guard !isBroken else { throw PostgresError.connection("the connection is broken") }
        var messages: [FrontendMessage] = []
        for statement in statements {
            messages += [.parse(query: statement.sql, parameterTypes: statement.parameters.map(\.typeOID)),
                         .bind(parameters: statement.parameters.map(\.binary)), .describePortal, .execute]
        }
        try send(messages + [.sync])
        var results: [PostgresResult] = []
        var current = PostgresResult()
        var failure: ServerMessage?
        while true {
            switch try receive() {
            case .parseComplete, .bindComplete, .noData, .noticeResponse, .parameterStatus, .notification: break
            case .rowDescription(let columns): current.columns = columns
            case .dataRow(let values): current.rows.append(values)
            case .commandComplete(let tag):
                current.tag = tag
                results.append(current)
                current = PostgresResult()
            case .emptyQueryResponse:
                results.append(current)
                current = PostgresResult()
            case .errorResponse(let message):
                if message.endsSession { throw fail(.server(message)) }
                failure = message
            case .readyForQuery(let status):
                transactionStatus = status
                if let failure { throw PostgresError.server(failure) }
                guard results.count == statements.count else {
                    throw fail(.protocolViolation("\(results.count) results for \(statements.count) statements"))
                }
                return results
            case let other: throw fail(.protocolViolation("unexpected \(other) in a query's answer"))
            }
        }
    }

    /// Says goodbye (Terminate) and closes the stream.
    public func close() {
        if !isBroken { try? transport.write(FrontendMessage.terminate.encoded()) }
        isBroken = true
        transport.close()
    }

    // MARK: - Framing

    private func send(_ messages: [FrontendMessage]) throws {
        do {
            try transport.write(messages.flatMap { $0.encoded() })
        } catch let error as PostgresError {
            throw fail(error)
        }
    }

    /// The next whole message from the server.
    func receive() throws -> BackendMessage {
        do {
            while buffer.count - consumed < 5 { try transport.read(into: &buffer) }
            let length = Int(UInt32(buffer[consumed + 1]) << 24 | UInt32(buffer[consumed + 2]) << 16
                             | UInt32(buffer[consumed + 3]) << 8 | UInt32(buffer[consumed + 4]))
            guard length >= 4, length <= 1 << 30 else { throw PostgresError.protocolViolation("a message claims \(length) bytes") }
            while buffer.count - consumed < 1 + length { try transport.read(into: &buffer) }
            let type = buffer[consumed]
            let body = buffer[(consumed + 5)..<(consumed + 1 + length)]
            consumed += 1 + length
            let message = try BackendMessage.decode(type: type, body: body)
            if consumed == buffer.count {
                buffer.removeAll(keepingCapacity: true)
                consumed = 0
            } else if consumed > 64 * 1024 {
                buffer.removeFirst(consumed)
                consumed = 0
            }
            return message
        } catch let error as PostgresError {
            throw fail(error)
        }
    }

    /// Marks the connection broken when `error` breaks it, closing the stream; returns the error to throw.
    private func fail(_ error: PostgresError) -> PostgresError {
        if error.breaksConnection && !isBroken {
            isBroken = true
            transport.close()
        }
        return error
    }

    private func wrap<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as PostgresError { throw fail(error) }
    }
}
