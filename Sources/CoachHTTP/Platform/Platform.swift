// The module's only import of the C library. Everything else calls these thin wrappers,
// so the system boundary is in one file. Linux: epoll and eventfd, which live in headers the
// Glibc module map leaves out, so they are looked up in libc at run time with dlsym.
// macOS: kqueue, and a pipe to wake the loop.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin, typed wrappers over the C library calls the server needs.
enum Platform {}

// The C calls whose names `Platform`'s wrappers reuse, reached from file scope where those wrappers do not hide them.
private func systemClose(_ fd: Int32) { _ = close(fd) }
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func systemSend(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int, _ flags: Int32) -> Int { send(fd, buffer, count, flags) }
private func systemListen(_ fd: Int32, _ backlog: Int32) -> Int32 { listen(fd, backlog) }

#if canImport(Glibc)
private let streamSocketType = Int32(SOCK_STREAM.rawValue)
/// Writes to a reset peer fail with EPIPE instead of raising SIGPIPE.
private let sendFlags = Int32(MSG_NOSIGNAL)
private let openFilesResource = Int32(RLIMIT_NOFILE.rawValue)
#elseif canImport(Darwin)
private let streamSocketType = SOCK_STREAM
/// Darwin has no MSG_NOSIGNAL: every socket gets SO_NOSIGPIPE instead (see `makeNonblocking`).
private let sendFlags: Int32 = 0
private let openFilesResource = RLIMIT_NOFILE
#endif

/// Makes `fd` nonblocking and close-on-exec (and, on Darwin, free of SIGPIPE), for systems whose
/// socket calls cannot do it atomically.
private func makeNonblocking(_ fd: Int32) {
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC)
    #if canImport(Darwin)
    var one: Int32 = 1
    _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
    #endif
}

// MARK: - Descriptors and stream I/O

extension Platform {
    /// strerror's text for an errno value.
    static func errorMessage(_ code: Int32) -> String { String(cString: strerror(code)) }

    static func close(_ fd: Int32) { systemClose(fd) }

    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> IOResult {
        while true {
            let n = systemRead(fd, buffer.baseAddress, buffer.count)
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
            let n = systemSend(fd, buffer.baseAddress, buffer.count, sendFlags)
            if n >= 0 { return .transferred(n) }
            let e = errno
            if e == EINTR { continue }
            return e == EAGAIN || e == EWOULDBLOCK ? .wouldBlock : .failed(e)
        }
    }

    static func shutdownWrite(_ fd: Int32) { _ = shutdown(fd, Int32(SHUT_WR)) }

    /// Closes with SO_LINGER 0 so the peer sees a reset instead of an orderly close.
    static func abort(_ fd: Int32) {
        var lingerOption = linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &lingerOption, socklen_t(MemoryLayout<linger>.size))
        systemClose(fd)
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
            store(v4)
            return
        }
        var v6 = sockaddr_in6()
        guard inet_pton(AF_INET6, literal, &v6.sin6_addr) == 1 else { return nil }
        v6.sin6_family = sa_family_t(AF_INET6)
        v6.sin6_port = port.bigEndian
        store(v6)
    }

    /// Keeps `address` (a sockaddr_in or sockaddr_in6) as the storage and its length.
    private mutating func store<Address>(_ address: Address) {
        withUnsafeBytes(of: address) { bytes in
            withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) }
        }
        length = socklen_t(MemoryLayout<Address>.size)
        #if canImport(Darwin)
        storage.ss_len = UInt8(length)  // BSD addresses carry their own length
        #endif
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
                return "\(Self.string(buffer)):\(UInt16(bigEndian: a.sin_port))"
            }
            if family == AF_INET6 {
                var a = raw.load(as: sockaddr_in6.self)
                inet_ntop(AF_INET6, &a.sin6_addr, &buffer, socklen_t(buffer.count))
                return "[\(Self.string(buffer))]:\(UInt16(bigEndian: a.sin6_port))"
            }
            return "unknown"
        }
    }

    /// The text before the first NUL of a C string buffer.
    private static func string(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
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

#if canImport(Glibc)
private typealias Accept4 = @convention(c) (Int32, UnsafeMutablePointer<sockaddr>?, UnsafeMutablePointer<socklen_t>?, Int32) -> Int32
/// accept4 needs _GNU_SOURCE, which the Glibc module map does not define.
private let accept4 = unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), "accept4"), to: Accept4.self)

/// A nonblocking, close-on-exec TCP socket.
private func makeStreamSocket(_ family: Int32) -> Int32 {
    socket(family, streamSocketType | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
}

/// Accepts a connection as a nonblocking, close-on-exec socket, in one call.
private func acceptNonblocking(_ listener: Int32, _ address: UnsafeMutablePointer<sockaddr>, _ length: inout socklen_t) -> Int32 {
    accept4(listener, address, &length, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
}
#elseif canImport(Darwin)
/// A nonblocking, close-on-exec TCP socket.
private func makeStreamSocket(_ family: Int32) -> Int32 {
    let fd = socket(family, streamSocketType, 0)
    if fd >= 0 { makeNonblocking(fd) }
    return fd
}

/// Accepts a connection, then makes it nonblocking and close-on-exec (Darwin has no accept4).
private func acceptNonblocking(_ listener: Int32, _ address: UnsafeMutablePointer<sockaddr>, _ length: inout socklen_t) -> Int32 {
    let fd = accept(listener, address, &length)
    if fd >= 0 { makeNonblocking(fd) }
    return fd
}
#endif

extension Platform {
    /// A nonblocking, close-on-exec listening TCP socket bound to `address`.
    static func listen(on address: SocketAddress, backlog: Int32) throws -> Int32 {
        let fd = makeStreamSocket(address.family)
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
            systemClose(fd)
            throw SystemError(call: "bind", code: e)
        }
        guard systemListen(fd, backlog) == 0 else {
            let e = errno
            systemClose(fd)
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
            let fd = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { acceptNonblocking(listener, $0, &length) }
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

// MARK: - Readiness: epoll on Linux (resolved with dlsym), kqueue on Darwin

/// The readiness flags, with epoll's values on every system.
extension Poller {
    static let readable: UInt32 = 0x001
    static let writable: UInt32 = 0x004
    static let error: UInt32 = 0x008
    static let hangUp: UInt32 = 0x010
}

#if canImport(Glibc)
/// An epoll instance with a reusable event buffer.
final class Poller {
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
        fd = Poller.symbols.create1(O_CLOEXEC)
        guard fd >= 0 else { throw SystemError(call: "epoll_create1", code: errno) }
        self.capacity = capacity
        buffer = .allocate(byteCount: capacity * Poller.stride, alignment: 8)
    }

    deinit {
        buffer.deallocate()
        systemClose(fd)
    }

    private func control(_ op: Int32, _ target: Int32, _ flags: UInt32) {
        withUnsafeTemporaryAllocation(byteCount: 16, alignment: 8) { raw in
            raw.initializeMemory(as: UInt8.self, repeating: 0)
            raw.storeBytes(of: flags, toByteOffset: 0, as: UInt32.self)
            raw.storeBytes(of: UInt64(UInt32(bitPattern: target)), toByteOffset: Poller.dataOffset, as: UInt64.self)
            _ = Poller.symbols.control(fd, op, target, raw.baseAddress)
        }
    }

    func add(_ target: Int32, flags: UInt32) { control(1, target, flags) }
    func remove(_ target: Int32) { control(2, target, 0) }
    func modify(_ target: Int32, flags: UInt32) { control(3, target, flags) }

    /// Waits up to `timeoutMilliseconds` (-1: forever) and calls `handle` for each ready descriptor.
    func wait(timeoutMilliseconds: Int32, _ handle: (PollerEvent) -> Void) {
        let n = Poller.symbols.wait(fd, buffer, Int32(capacity), timeoutMilliseconds)
        guard n > 0 else { return }
        for i in 0..<Int(n) {
            let base = buffer + i * Poller.stride
            let flags = base.loadUnaligned(as: UInt32.self)
            let data = (base + Poller.dataOffset).loadUnaligned(as: UInt64.self)
            handle(PollerEvent(fd: Int32(bitPattern: UInt32(truncatingIfNeeded: data)), flags: flags))
        }
    }
}
#elseif canImport(Darwin)
/// A kqueue with a reusable event buffer, offering epoll's interface: one read and one write filter per
/// descriptor, switched on and off as `modify` asks (a closed descriptor leaves the kqueue by itself).
final class Poller {
    let fd: Int32
    private var events: [kevent]
    /// The flags each descriptor is registered with.
    private var interest: [Int32: UInt32] = [:]

    init(capacity: Int = 256) throws {
        fd = kqueue()
        guard fd >= 0 else { throw SystemError(call: "kqueue", code: errno) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        events = Array(repeating: kevent(), count: capacity)
    }

    deinit { systemClose(fd) }

    func add(_ target: Int32, flags: UInt32) { change(target, from: 0, to: flags) }
    func remove(_ target: Int32) { change(target, from: interest[target] ?? 0, to: 0) }
    func modify(_ target: Int32, flags: UInt32) { change(target, from: interest[target] ?? 0, to: flags) }

    /// Adds or deletes the read and write filters whose bit differs between `old` and `new`.
    private func change(_ target: Int32, from old: UInt32, to new: UInt32) {
        interest[target] = new == 0 ? nil : new
        var changes: [kevent] = []
        for (bit, filter) in [(Poller.readable, EVFILT_READ), (Poller.writable, EVFILT_WRITE)] where old & bit != new & bit {
            let action = new & bit != 0 ? EV_ADD : EV_DELETE
            changes.append(kevent(ident: UInt(UInt32(bitPattern: target)), filter: Int16(filter), flags: UInt16(action),
                                  fflags: 0, data: 0, udata: nil))
        }
        guard !changes.isEmpty else { return }
        _ = kevent(fd, changes, Int32(changes.count), nil, 0, nil)
    }

    /// Waits up to `timeoutMilliseconds` (-1: forever) and calls `handle` for each ready filter.
    func wait(timeoutMilliseconds: Int32, _ handle: (PollerEvent) -> Void) {
        var timeout = timespec(tv_sec: Int(timeoutMilliseconds / 1000), tv_nsec: Int(timeoutMilliseconds % 1000) * 1_000_000)
        let capacity = Int32(events.count)
        let n = events.withUnsafeMutableBufferPointer { buffer in
            timeoutMilliseconds < 0 ? kevent(fd, nil, 0, buffer.baseAddress, capacity, nil)
                : kevent(fd, nil, 0, buffer.baseAddress, capacity, &timeout)
        }
        guard n > 0 else { return }
        for event in events[0..<Int(n)] {
            var flags = Int32(event.filter) == EVFILT_WRITE ? Poller.writable : Poller.readable
            if Int32(event.flags) & EV_EOF != 0 { flags |= Poller.hangUp }
            if Int32(event.flags) & EV_ERROR != 0 { flags |= Poller.error }
            handle(PollerEvent(fd: Int32(truncatingIfNeeded: event.ident), flags: flags))
        }
    }
}
#endif

/// Wakes the event loop from other threads: an eventfd on Linux, a pipe on Darwin; `fd` is what the loop polls.
final class WakeupFD: Sendable {
    let fd: Int32
    /// Where `signal` writes: `fd` itself for an eventfd, the pipe's other end on Darwin.
    private let writeEnd: Int32

    #if canImport(Glibc)
    private typealias Make = @convention(c) (UInt32, Int32) -> Int32
    private static let make = unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), "eventfd"), to: Make.self)

    init() throws {
        fd = WakeupFD.make(0, O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError(call: "eventfd", code: errno) }
        writeEnd = fd
    }
    #elseif canImport(Darwin)
    init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw SystemError(call: "pipe", code: errno) }
        ends.forEach(makeNonblocking)
        fd = ends[0]
        writeEnd = ends[1]
    }
    #endif

    deinit {
        systemClose(fd)
        if writeEnd != fd { systemClose(writeEnd) }
    }

    func signal() {
        var one: UInt64 = 1
        _ = write(writeEnd, &one, 8)
    }

    /// Reads until nothing is left (an eventfd holds one counter; a pipe may hold many signals).
    func drain() {
        var bytes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        while systemRead(fd, &bytes, MemoryLayout.size(ofValue: bytes)) > 0 {}
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
        #if canImport(Glibc)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
        #elseif canImport(Darwin)
        pthread_cond_init(condition, nil)  // timed waits are relative there (see `sleep(until:)`)
        #endif
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
                sleep(until: deadline)
            } else {
                pthread_cond_wait(condition, mutex)
            }
        }
        return try body(&state)
    }

    /// One timed wait on the condition, with the lock held; `deadline` is on the monotonic clock.
    private func sleep(until deadline: Double) {
        #if canImport(Glibc)
        let whole = deadline.rounded(.down)
        var time = timespec(tv_sec: Int(whole), tv_nsec: Int((deadline - whole) * 1e9))
        pthread_cond_timedwait(condition, mutex, &time)
        #elseif canImport(Darwin)
        let remaining = max(0, deadline - Platform.monotonicNow())
        let whole = remaining.rounded(.down)
        var time = timespec(tv_sec: Int(whole), tv_nsec: Int((remaining - whole) * 1e9))
        pthread_cond_timedwait_relative_np(condition, mutex, &time)
        #endif
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
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #elseif canImport(Darwin)
        var thread: pthread_t?
        #endif
        let result = pthread_create(&thread, nil, { context in
            Platform.runThreadBody(context)
            return nil
        }, context)
        guard result == 0 else {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            throw SystemError(call: "pthread_create", code: result)
        }
        #if canImport(Glibc)
        pthread_detach(thread)
        #elseif canImport(Darwin)
        if let thread { pthread_detach(thread) }
        #endif
    }

    /// Runs and releases the body `spawnThread` passed (the context is optional on Linux, not on Darwin).
    private static func runThreadBody(_ context: UnsafeMutableRawPointer?) {
        guard let context else { return }
        Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue().run()
    }

    /// An identifier for the calling thread.
    static func currentThreadID() -> UInt {
        #if canImport(Glibc)
        UInt(pthread_self())
        #elseif canImport(Darwin)
        UInt(bitPattern: pthread_self())
        #endif
    }

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
        guard getrlimit(openFilesResource, &limits) == 0 else { return }
        let target = min(rlim_t(wanted), limits.rlim_max)
        guard target > limits.rlim_cur else { return }
        limits.rlim_cur = target
        _ = setrlimit(openFilesResource, &limits)
    }
}

// MARK: - Signals

extension Platform {
    static let terminationSignals: [Int32] = [SIGTERM, SIGINT]

    /// Ignores `signal` so a dispatch source (or nobody) sees it instead of the default action.
    static func ignore(signal number: Int32) { _ = signal(number, SIG_IGN) }

    static func ignoreBrokenPipes() { ignore(signal: SIGPIPE) }
}
