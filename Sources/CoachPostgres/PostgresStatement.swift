/// One SQL statement and the values bound to its `$1`, `$2`, … placeholders.
public struct PostgresStatement: Sendable {
    /// The SQL, with `$1`, `$2`… for the parameters.
    public let sql: String
    /// The values bound to `$1`, `$2`…
    public let parameters: [PostgresValue]

    /// A statement with its parameters.
    public init(_ sql: String, _ parameters: [PostgresValue] = []) {
        self.sql = sql
        self.parameters = parameters
    }
}
