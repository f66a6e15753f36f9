// Plain result types of the Platform wrappers; no C library types appear here.

/// A failed system call: the call's name and errno.
struct SystemError: Error, CustomStringConvertible {
    var call: String
    var code: Int32
    var description: String { "\(call): \(Platform.errorMessage(code)) (errno \(code))" }
}

/// The outcome of one nonblocking read or write.
enum IOResult: Equatable {
    case transferred(Int)
    case endOfStream
    case wouldBlock
    case failed(Int32)
}

/// What one accept call produced.
enum AcceptResult {
    case accepted(fd: Int32, peer: String)
    case wouldBlock
    /// Out of descriptors (EMFILE/ENFILE): back off before accepting again.
    case exhausted
    case failed(Int32)
}

/// Readiness flags of one descriptor, from epoll or kqueue.
struct PollerEvent {
    var fd: Int32
    var flags: UInt32
}
