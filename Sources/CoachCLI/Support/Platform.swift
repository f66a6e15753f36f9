#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#else
#error("coach needs the C library of Linux (Glibc) or macOS (Darwin)")
#endif

/// The few C library calls the command line needs, in one place, for Linux and macOS.
enum Platform {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// What one read gave.
    enum ReadResult: Equatable {
        case bytes(Int)
        case end
        /// Ctrl-C or SIGTERM arrived while waiting (see `endInputOnInterrupt`).
        case interrupted
    }

    /// Reads up to `count` bytes into `buffer`; a read error counts as the end of input.
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> ReadResult {
        guard waitUntilReadable(fd) else { return .interrupted }
        #if canImport(Glibc)
        let n = Glibc.read(fd, buffer, count)
        #else
        let n = Darwin.read(fd, buffer, count)
        #endif
        if n > 0 { return .bytes(n) }
        return n < 0 && errno == EINTR ? .interrupted : .end
    }

    /// Writes all bytes, retrying short writes; false if the other end is gone.
    @discardableResult
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            #else
            let n = bytes.withUnsafeBytes { Darwin.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            #endif
            if n < 0 { if errno == EINTR { continue }; return false }
            offset += n
        }
        return true
    }

    static func ignoreBrokenPipe() { signal(SIGPIPE, SIG_IGN) }

    /// Waits until `fd` has input, letting SIGINT and SIGTERM through only while it waits (`pselect` swaps the signal
    /// mask atomically, so one that came while a turn was running is taken here at once); false when one came.
    private static func waitUntilReadable(_ fd: Int32) -> Bool {
        guard fd >= 0, fd < 64 else { return true }
        var set = fd_set()
        withUnsafeMutableBytes(of: &set) { $0[Int(fd) / 8] |= UInt8(1) << (fd % 8) }  // FD_SET on a little-endian machine
        var waiting = sigset_t()
        pthread_sigmask(SIG_SETMASK, nil, &waiting)
        sigdelset(&waiting, SIGINT)
        sigdelset(&waiting, SIGTERM)
        return !(pselect(fd + 1, &set, nil, nil, nil, &waiting) < 0 && errno == EINTR)
    }

    /// Ctrl-C (SIGINT) and SIGTERM end a chat through its normal path: they are blocked except while `read` waits for
    /// input, and their handler does nothing, so the wait returns `EINTR` and `read` reports `.interrupted`.
    static func endInputOnInterrupt() {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in }
        #else
        action.__sigaction_u.__sa_handler = { _ in }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
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
}
