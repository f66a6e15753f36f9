/// What one statement returned: its rows (binary format) and its command tag (`INSERT 0 1`, `SELECT 3`).
public struct PostgresResult: Equatable, Sendable {
    /// The columns of the rows, from RowDescription.
    public var columns: [BackendMessage.Column] = []
    /// Each row's values in binary format; nil for NULL.
    public var rows: [[[UInt8]?]] = []
    /// The command tag (`INSERT 0 1`, `SELECT 3`).
    public var tag = ""

    /// A result from its parts.
    public init(columns: [BackendMessage.Column] = [], rows: [[[UInt8]?]] = [], tag: String = "") {
        self.columns = columns
        self.rows = rows
        self.tag = tag
    }

    /// Rows inserted, updated, deleted or selected, from the command tag's last number.
    public var affectedRows: Int { tag.split(separator: " ").last.flatMap { Int($0) } ?? 0 }

    /// The raw bytes of `row`'s `column` (nil for NULL or when there is no such row).
    public func bytes(row: Int = 0, column: Int = 0) -> [UInt8]? {
        guard row < rows.count, column < rows[row].count else { return nil }
        return rows[row][column]
    }

    /// An integer column (int2, int4 or int8) of `row`.
    public func integer(row: Int = 0, column: Int = 0) -> Int64? {
        guard let raw = bytes(row: row, column: column), [2, 4, 8].contains(raw.count) else { return nil }
        var value: UInt64 = raw[0] & 0x80 != 0 ? .max : 0
        for byte in raw { value = value << 8 | UInt64(byte) }
        return Int64(bitPattern: value)
    }

    /// A text column of `row`.
    public func text(row: Int = 0, column: Int = 0) -> String? {
        bytes(row: row, column: column).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A boolean column of `row`.
    public func bool(row: Int = 0, column: Int = 0) -> Bool? {
        bytes(row: row, column: column).flatMap { $0.count == 1 ? $0[0] != 0 : nil }
    }
}
