import Foundation

/// Where and as whom to connect, read from `postgres://USER:PASSWORD@HOST:PORT/DATABASE`.
public struct PostgresConfiguration: Sendable, Equatable {
    /// The server's host name or address.
    public var host: String
    /// The server's TCP port.
    public var port: UInt16
    /// The role to log in as.
    public var user: String
    /// The role's password, when the server asks for one.
    public var password: String?
    /// The database to connect to.
    public var database: String
    /// Seconds to wait for a TCP connection.
    public var connectTimeout: Double = 5
    /// Seconds a read or write may block before the connection is given up as broken.
    public var ioTimeout: Double = 30
    /// Connections a pool opens at most (`pool_size` in the URL).
    public var poolSize = 32

    /// A configuration with the default timeouts and pool size.
    public init(host: String, port: UInt16 = 5432, user: String, password: String?, database: String) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
    }

    /// Parses a `postgres://` or `postgresql://` URL. User, password and database may be percent-encoded;
    /// the port defaults to 5432 and the database to the user's name. Of the query parameters,
    /// `sslmode=disable|allow|prefer`, `connect_timeout=SECONDS` and `pool_size=N` are understood; TLS is not
    /// available, so `sslmode=require` (or stricter) is refused rather than silently ignored.
    public init(url text: String) throws {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
              scheme == "postgres" || scheme == "postgresql" else {
            throw PostgresError.configuration("expected postgres://USER:PASSWORD@HOST:PORT/DATABASE")
        }
        guard let host = components.host, !host.isEmpty else { throw PostgresError.configuration("the URL names no host") }
        guard let user = components.user, !user.isEmpty else { throw PostgresError.configuration("the URL names no user") }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.init(host: host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host,
                  port: 5432, user: user, password: components.password, database: path.isEmpty ? user : path)
        if let port = components.port {
            guard let value = UInt16(exactly: port), value > 0 else { throw PostgresError.configuration("the port \(port) is out of range") }
            self.port = value
        }
        for item in components.queryItems ?? [] {
            switch (item.name, item.value ?? "") {
            case ("sslmode", "disable"), ("sslmode", "allow"), ("sslmode", "prefer"): break
            case ("sslmode", let mode):
                throw PostgresError.configuration("sslmode=\(mode) needs TLS, which this client does not speak; reach the database over a private network or a local TLS proxy and use sslmode=disable")
            case ("connect_timeout", let value):
                guard let seconds = Double(value), seconds > 0 else { throw PostgresError.configuration("connect_timeout takes a number of seconds") }
                connectTimeout = seconds
            case ("pool_size", let value):
                guard let size = Int(value), (1...1000).contains(size) else { throw PostgresError.configuration("pool_size takes a number from 1 to 1000") }
                poolSize = size
            case ("application_name", _): break
            case (let name, _): throw PostgresError.configuration("unknown parameter '\(name)'")
            }
        }
    }

    /// The URL without the password, for logs.
    public var redacted: String { "postgres://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)" }
}
