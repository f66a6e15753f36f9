/// The `Date: <IMF-fixdate>\r\n` line, recomputed at most once per second.
struct DateHeader {
    private var second = -1
    private var line: [UInt8] = []
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    mutating func current() -> [UInt8] {
        let now = Platform.epochSecond()
        if now != second {
            second = now
            line = Array("Date: \(DateHeader.format(epochSecond: now))\r\n".utf8)
        }
        return line
    }

    /// e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    static func format(epochSecond: Int) -> String {
        let t = Platform.utcFields(epochSecond)
        return "\(days[t.weekday]), \(pad(t.day)) \(months[t.month]) \(t.year) \(pad(t.hour)):\(pad(t.minute)):\(pad(t.second)) GMT"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
