/// What went wrong talking to PostgreSQL, worded for an operator's log.
public enum PostgresError: Error, CustomStringConvertible, Equatable {
    /// The server answered a statement with an ErrorResponse.
    case server(ServerMessage)
    /// The connection could not be made, or broke (refused, reset, closed, timed out).
    case connection(String)
    /// The server sent something this client does not understand.
    case protocolViolation(String)
    /// Authentication failed on the client's side (unsupported method, bad server signature).
    case authentication(String)
    /// The connection string is not one this client accepts.
    case configuration(String)
    /// No pooled connection became free in time.
    case poolExhausted(String)

    public var description: String {
        switch self {
        case .server(let message):
            var text = "PostgreSQL \(message.severity) \(message.code)"
            if let name = SQLState.name(message.code) { text += " (\(name))" }
            text += ": \(message.message)"
            if let detail = message.detail { text += "; \(detail)" }
            if let hint = message.hint { text += " (hint: \(hint))" }
            return text
        case .connection(let reason): return "PostgreSQL connection: \(reason)"
        case .protocolViolation(let reason): return "PostgreSQL protocol: \(reason)"
        case .authentication(let reason): return "PostgreSQL authentication: \(reason)"
        case .configuration(let reason): return "PostgreSQL connection string: \(reason)"
        case .poolExhausted(let reason): return "PostgreSQL pool: \(reason)"
        }
    }

    /// True when the connection it came from can no longer be used (it broke, or the server ended the session).
    public var breaksConnection: Bool {
        switch self {
        case .server(let message): return message.endsSession
        case .connection, .protocolViolation, .authentication: return true
        case .configuration, .poolExhausted: return false
        }
    }

    /// The SQLSTATE when the server sent one.
    public var sqlState: String? {
        if case .server(let message) = self { return message.code }
        return nil
    }
}

/// Names of the SQLSTATE codes an operator of this store is most likely to meet.
enum SQLState {
    static func name(_ code: String) -> String? {
        switch code {
        case "08000", "08003", "08006": return "connection_failure"
        case "23505": return "unique_violation"
        case "25P02": return "in_failed_sql_transaction"
        case "28000": return "invalid_authorization_specification"
        case "28P01": return "invalid_password"
        case "3D000": return "invalid_catalog_name"
        case "40001": return "serialization_failure"
        case "40P01": return "deadlock_detected"
        case "42501": return "insufficient_privilege"
        case "42601": return "syntax_error"
        case "42P01": return "undefined_table"
        case "53300": return "too_many_connections"
        case "57014": return "query_canceled"
        case "57P01": return "admin_shutdown"
        case "57P02": return "crash_shutdown"
        case "57P03": return "cannot_connect_now"
        default: return nil
        }
    }
}
