import Foundation

/// A live session in memory: its bytes and when it was last saved.
struct SessionEntry {
    var data: Data
    /// Milliseconds since 1970 of the last save; idle time is measured from here.
    var lastSeen: Int64

    /// The bytes this session's record takes in the log.
    var recordSize: Int { LogRecord.overhead + data.count }
}
