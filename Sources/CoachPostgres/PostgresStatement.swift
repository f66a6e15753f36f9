/// One SQL statement and the values bound to its `$1`, `$2`, … placeholders.
public struct PostgresStatement: Sendable {
    public let sql: String
    public let parameters: [PostgresValue]

    public init(_ sql: String, _ parameters: [PostgresValue] = []) {
        self.sql = sql
        self.parameters = parameters
    }
}
