#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few C library calls the command line needs, in one place.
enum Platform {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Reads up to `count` bytes; 0 at end of input, -1 on error (EINTR retried).
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        while true {
            let n = Glibc.read(fd, buffer, count)
            if n < 0 && errno == EINTR { continue }
            return n
        }
    }

    /// Writes all bytes, retrying short writes; false if the other end is gone.
    @discardableResult
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 { if errno == EINTR { continue }; return false }
            offset += n
        }
        return true
    }

    static func ignoreBrokenPipe() { signal(SIGPIPE, SIG_IGN) }

    /// Ctrl-C ends the program at once with exit 0, after a newline; the handler only calls
    /// async-signal-safe functions.
    static func exitOnInterrupt() {
        signal(SIGINT) { _ in
            var newline: UInt8 = 0x0A
            _ = Glibc.write(1, &newline, 1)
            Glibc._exit(0)
        }
    }

    /// The current UTC time as `2026-11-23T10:15:30.123Z`, without a formatter object.
    static func utcTimestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var parts = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let millis = Int(now.tv_nsec / 1_000_000)
        let ms = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(ms)Z"
    }

    static func exitNow(_ code: Int32) -> Never { Glibc._exit(code) }
}
