// The module's only import of the C library. Everything else calls these thin wrappers,
// so the system boundary is in one file. epoll and eventfd live in headers the Glibc
// module map leaves out, so they are looked up in libc at run time with dlsym.
import Glibc

/// Thin, typed wrappers over the C library calls the server needs.
enum Platform {}

// MARK: - Descriptors and stream I/O

extension Platform {
    /// strerror's text for an errno value.
    static func errorMessage(_ code: Int32) -> String { String(cString: strerror(code)) }

    static func close(_ fd: Int32) { _ = Glibc.close(fd) }

    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> IOResult {
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if n > 0 { return .transferred(n) }
            if n == 0 { return .endOfStream }
            let e = errno
            if e == EINTR { continue }
            return e == EAGAIN || e == EWOULDBLOCK ? .wouldBlock : .failed(e)
        }
    }

    /// Sends without raising SIGPIPE on a reset peer.
    static func send(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> IOResult {
        while true {
            let n = Glibc.send(fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
            if n >= 0 { return .transferred(n) }
            let e = errno
            if e == EINTR { continue }
            return e == EAGAIN || e == EWOULDBLOCK ? .wouldBlock : .failed(e)
        }
    }

    static func shutdownWrite(_ fd: Int32) { _ = Glibc.shutdown(fd, Int32(SHUT_WR)) }

    /// Closes with SO_LINGER 0 so the peer sees a reset instead of an orderly close.
    static func abort(_ fd: Int32) {
        var lingerOption = linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &lingerOption, socklen_t(MemoryLayout<linger>.size))
        _ = Glibc.close(fd)
    }
}

// MARK: - TCP sockets

/// An IPv4 or IPv6 socket address, parsed from a numeric host literal.
struct SocketAddress {
    fileprivate var storage = sockaddr_storage()
    fileprivate var length: socklen_t = 0
    var family: Int32 { Int32(storage.ss_family) }

    /// Parses "127.0.0.1", "::1", "[::1]", "0.0.0.0" or "localhost"; no DNS.
    init?(host: String, port: UInt16) {
        var literal = host == "localhost" ? "127.0.0.1" : host
        if literal.hasPrefix("["), literal.hasSuffix("]") { literal = String(literal.dropFirst().dropLast()) }
        var v4 = sockaddr_in()
        if inet_pton(AF_INET, literal, &v4.sin_addr) == 1 {
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = port.bigEndian
            withUnsafeBytes(of: &v4) { bytes in
                withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) }
            }
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
            return
        }
        var v6 = sockaddr_in6()
        guard inet_pton(AF_INET6, literal, &v6.sin6_addr) == 1 else { return nil }
        v6.sin6_family = sa_family_t(AF_INET6)
        v6.sin6_port = port.bigEndian
        withUnsafeBytes(of: &v6) { bytes in
            withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) }
        }
        length = socklen_t(MemoryLayout<sockaddr_in6>.size)
    }

    fileprivate init(storage: sockaddr_storage, length: socklen_t) {
        self.storage = storage
        self.length = length
    }

    /// "ip:port" for IPv4, "[ip]:port" for IPv6.
    var text: String {
        var copy = storage
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        return withUnsafeBytes(of: &copy) { raw -> String in
            if family == AF_INET {
                var a = raw.load(as: sockaddr_in.self)
                inet_ntop(AF_INET, &a.sin_addr, &buffer, socklen_t(buffer.count))
                return "\(String(cString: buffer)):\(UInt16(bigEndian: a.sin_port))"
            }
            if family == AF_INET6 {
                var a = raw.load(as: sockaddr_in6.self)
                inet_ntop(AF_INET6, &a.sin6_addr, &buffer, socklen_t(buffer.count))
                return "[\(String(cString: buffer))]:\(UInt16(bigEndian: a.sin6_port))"
            }
            return "unknown"
        }
    }

    var port: UInt16 {
        var copy = storage
        return withUnsafeBytes(of: &copy) { raw in
            family == AF_INET6
                ? UInt16(bigEndian: raw.load(as: sockaddr_in6.self).sin6_port)
                : UInt16(bigEndian: raw.load(as: sockaddr_in.self).sin_port)
        }
    }
}

extension Platform {
    private typealias Accept4 = @convention(c) (Int32, UnsafeMutablePointer<sockaddr>?, UnsafeMutablePointer<socklen_t>?, Int32) -> Int32
    /// accept4 needs _GNU_SOURCE, which the Glibc module map does not define.
    private static let accept4 = unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), "accept4"), to: Accept4.self)

    /// A nonblocking, close-on-exec listening TCP socket bound to `address`.
    static func listen(on address: SocketAddress, backlog: Int32) throws -> Int32 {
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let fd = socket(address.family, type, 0)
        guard fd >= 0 else { throw SystemError(call: "socket", code: errno) }
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        if address.family == AF_INET6 {
            _ = setsockopt(fd, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &one, socklen_t(MemoryLayout<Int32>.size))
        }
        var copy = address
        let bound = withUnsafePointer(to: &copy.storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, copy.length) }
        }
        guard bound == 0 else {
            let e = errno
            Glibc.close(fd)
            throw SystemError(call: "bind", code: e)
        }
        guard Glibc.listen(fd, backlog) == 0 else {
            let e = errno
            Glibc.close(fd)
            throw SystemError(call: "listen", code: e)
        }
        return fd
    }

    /// The port a bound socket actually got (useful after binding port 0).
    static func localPort(of fd: Int32) -> UInt16 {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return SocketAddress(storage: storage, length: length).port
    }

    /// Accepts one connection as a nonblocking socket with TCP_NODELAY set.
    static func accept(_ listener: Int32) -> AcceptResult {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        while true {
            let flags = Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
            let fd = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Platform.accept4(listener, $0, &length, flags) }
            }
            if fd >= 0 {
                var one: Int32 = 1
                _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                return .accepted(fd: fd, peer: SocketAddress(storage: storage, length: length).text)
            }
            switch errno {
            case EINTR, ECONNABORTED, EPROTO: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            case EMFILE, ENFILE, ENOBUFS, ENOMEM: return .exhausted
            case let e: return .failed(e)
            }
        }
    }
}

// MARK: - epoll and eventfd (resolved with dlsym)

/// An epoll instance with a reusable event buffer.
final class Epoll {
    static let readable: UInt32 = 0x001
    static let writable: UInt32 = 0x004
    static let error: UInt32 = 0x008
    static let hangUp: UInt32 = 0x010

    private typealias Create1 = @convention(c) (Int32) -> Int32
    private typealias Control = @convention(c) (Int32, Int32, Int32, UnsafeMutableRawPointer?) -> Int32
    private typealias Wait = @convention(c) (Int32, UnsafeMutableRawPointer?, Int32, Int32) -> Int32
    private static let symbols = (
        create1: unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), "epoll_create1"), to: Create1.self),
        control: unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), "epoll_ctl"), to: Control.self),
        wait: unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), "epoll_wait"), to: Wait.self)
    )
    // struct epoll_event is packed on x86_64 (12 bytes) and naturally aligned elsewhere (16).
    #if arch(x86_64)
    private static let stride = 12, dataOffset = 4
    #else
    private static let stride = 16, dataOffset = 8
    #endif

    let fd: Int32
    private let capacity: Int
    private let buffer: UnsafeMutableRawPointer

    init(capacity: Int = 256) throws {
        fd = Epoll.symbols.create1(O_CLOEXEC)
        guard fd >= 0 else { throw SystemError(call: "epoll_create1", code: errno) }
        self.capacity = capacity
        buffer = .allocate(byteCount: capacity * Epoll.stride, alignment: 8)
    }

    deinit {
        buffer.deallocate()
        Glibc.close(fd)
    }

    private func control(_ op: Int32, _ target: Int32, _ flags: UInt32) {
        withUnsafeTemporaryAllocation(byteCount: 16, alignment: 8) { raw in
            raw.initializeMemory(as: UInt8.self, repeating: 0)
            raw.storeBytes(of: flags, toByteOffset: 0, as: UInt32.self)
            raw.storeBytes(of: UInt64(UInt32(bitPattern: target)), toByteOffset: Epoll.dataOffset, as: UInt64.self)
            _ = Epoll.symbols.control(fd, op, target, raw.baseAddress)
        }
    }

    func add(_ target: Int32, flags: UInt32) { control(1, target, flags) }
    func remove(_ target: Int32) { control(2, target, 0) }
    func modify(_ target: Int32, flags: UInt32) { control(3, target, flags) }

    /// Waits up to `timeoutMilliseconds` (-1: forever) and calls `handle` for each ready descriptor.
    func wait(timeoutMilliseconds: Int32, _ handle: (EpollEvent) -> Void) {
        let n = Epoll.symbols.wait(fd, buffer, Int32(capacity), timeoutMilliseconds)
        guard n > 0 else { return }
        for i in 0..<Int(n) {
            let base = buffer + i * Epoll.stride
            let flags = base.loadUnaligned(as: UInt32.self)
            let data = (base + Epoll.dataOffset).loadUnaligned(as: UInt64.self)
            handle(EpollEvent(fd: Int32(bitPattern: UInt32(truncatingIfNeeded: data)), flags: flags))
        }
    }
}

/// A nonblocking eventfd used to wake the event loop from other threads.
final class WakeupFD: Sendable {
    private typealias Make = @convention(c) (UInt32, Int32) -> Int32
    private static let make = unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), "eventfd"), to: Make.self)
    let fd: Int32

    init() throws {
        fd = WakeupFD.make(0, O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError(call: "eventfd", code: errno) }
    }

    deinit { Glibc.close(fd) }

    func signal() {
        var one: UInt64 = 1
        _ = Glibc.write(fd, &one, 8)
    }

    func drain() {
        var value: UInt64 = 0
        _ = Glibc.read(fd, &value, 8)
    }
}

// MARK: - Threads and locks

/// State guarded by a pthread mutex, with a condition variable on the monotonic clock for waiting on it.
/// Unlike `Synchronization.Mutex`, a thread can sleep here until the state changes.
final class Monitor<State: Sendable>: @unchecked Sendable {  // safe: `state` is only touched with `mutex` held
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var state: State

    init(_ state: State) {
        self.state = state
        pthread_mutex_init(mutex, nil)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Runs `body` with the lock held.
    func withLock<T>(_ body: (inout State) throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&state)
    }

    /// Sleeps until `isReady` holds (or `deadline`, a `Platform.monotonicNow()` value, passes), then runs `body`
    /// with the lock held.
    func wait<T>(until deadline: Double? = nil, for isReady: (State) -> Bool, then body: (inout State) throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !isReady(state) {
            if let deadline {
                guard Platform.monotonicNow() < deadline else { break }
                let whole = deadline.rounded(.down)
                var time = timespec(tv_sec: Int(whole), tv_nsec: Int((deadline - whole) * 1e9))
                pthread_cond_timedwait(condition, mutex, &time)
            } else {
                pthread_cond_wait(condition, mutex)
            }
        }
        return try body(&state)
    }

    /// Wakes one waiting thread.
    func signal() { pthread_cond_signal(condition) }

    /// Wakes every waiting thread.
    func broadcast() { pthread_cond_broadcast(condition) }
}

extension Platform {
    private final class ThreadBody {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// Starts a detached thread running `body`, which is handed over to that thread.
    static func spawnThread(_ body: sending @escaping () -> Void) throws {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        let result = pthread_create(&thread, nil, { context in
            Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard result == 0 else {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            throw SystemError(call: "pthread_create", code: result)
        }
        pthread_detach(thread)
    }

    /// An identifier for the calling thread.
    static func currentThreadID() -> UInt { UInt(pthread_self()) }

    static var processorCount: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}

// MARK: - Clocks

extension Platform {
    /// Seconds on the monotonic clock.
    static func monotonicNow() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Whole seconds since the Unix epoch.
    static func epochSecond() -> Int { Int(time(nil)) }

    /// The UTC calendar fields of an epoch second, for the Date header.
    static func utcFields(_ epochSecond: Int) -> (weekday: Int, day: Int, month: Int, year: Int, hour: Int, minute: Int, second: Int) {
        var seconds = time_t(epochSecond)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return (Int(parts.tm_wday), Int(parts.tm_mday), Int(parts.tm_mon), Int(parts.tm_year) + 1900,
                Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}

// MARK: - Resource limits

extension Platform {
    /// Raises the soft open-file limit towards `wanted` (capped by the hard limit); never lowers it.
    static func raiseOpenFileLimit(to wanted: Int) {
        var limits = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limits) == 0 else { return }
        let target = min(rlim_t(wanted), limits.rlim_max)
        guard target > limits.rlim_cur else { return }
        limits.rlim_cur = target
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limits)
    }
}

// MARK: - Signals

extension Platform {
    static let terminationSignals: [Int32] = [SIGTERM, SIGINT]

    /// Ignores `signal` so a dispatch source (or nobody) sees it instead of the default action.
    static func ignore(signal number: Int32) { _ = Glibc.signal(number, SIG_IGN) }

    static func ignoreBrokenPipes() { ignore(signal: SIGPIPE) }
}
