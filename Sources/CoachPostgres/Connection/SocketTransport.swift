// The module's only import of the C library: a blocking TCP socket with timeouts, for Linux and Darwin.
#if canImport(Glibc)
import Glibc

private let streamSocketType = Int32(SOCK_STREAM.rawValue)
/// Writes to a reset peer fail with EPIPE instead of raising SIGPIPE.
private let sendFlags = Int32(MSG_NOSIGNAL)

/// A socket that is closed on exec, made in one call.
private func makeSocket(_ family: Int32, _ type: Int32, _ proto: Int32) -> Int32 {
    socket(family, type | Int32(SOCK_CLOEXEC.rawValue), proto)
}
#elseif canImport(Darwin)
import Darwin

private let streamSocketType = SOCK_STREAM
/// Darwin has no MSG_NOSIGNAL: `makeSocket` sets SO_NOSIGPIPE instead.
private let sendFlags: Int32 = 0

/// A socket that is closed on exec and raises no SIGPIPE (Darwin has no SOCK_CLOEXEC).
private func makeSocket(_ family: Int32, _ type: Int32, _ proto: Int32) -> Int32 {
    let fd = socket(family, type, proto)
    guard fd >= 0 else { return fd }
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    var on: Int32 = 1
    _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
    return fd
}
#endif

// The C calls whose names `SocketTransport`'s methods reuse, reached from file scope where those methods do not hide them.
private func systemClose(_ fd: Int32) { _ = close(fd) }
private func systemConnect(_ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>?, _ length: socklen_t) -> Int32 { connect(fd, address, length) }

/// A TCP connection to the server, with a connect timeout and a read/write timeout.
public final class SocketTransport: PostgresTransport {
    private var fd: Int32
    private let peer: String

    /// Resolves `host` (a name or an address), connects within `connectTimeout` seconds, and sets
    /// TCP_NODELAY, keepalive and `ioTimeout` on reads and writes.
    public init(host: String, port: UInt16, connectTimeout: Double, ioTimeout: Double) throws {
        peer = "\(host):\(port)"
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = streamSocketType
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw PostgresError.connection("cannot resolve \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        var lastError = "no address"
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let info = candidate {
            candidate = info.pointee.ai_next
            let socketFD = makeSocket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            guard socketFD >= 0 else { lastError = Self.errorText(); continue }
            if Self.connect(socketFD, info.pointee.ai_addr, info.pointee.ai_addrlen, timeout: connectTimeout, error: &lastError) {
                fd = socketFD
                var on: Int32 = 1
                _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
                _ = setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, socklen_t(MemoryLayout<Int32>.size))
                var limit = timeval(tv_sec: Int(ioTimeout), tv_usec: suseconds_t((ioTimeout - ioTimeout.rounded(.down)) * 1_000_000))
                _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
                _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
                return
            }
            systemClose(socketFD)
        }
        throw PostgresError.connection("cannot connect to \(peer): \(lastError)")
    }

    deinit { close() }

    /// Sends every byte, or throws when the connection fails or times out.
    public func write(_ bytes: [UInt8]) throws {
        guard fd >= 0 else { throw PostgresError.connection("the connection to \(peer) is closed") }
        var done = 0
        try bytes.withUnsafeBytes { buffer in
            while done < buffer.count {
                let n = send(fd, buffer.baseAddress! + done, buffer.count - done, sendFlags)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw PostgresError.connection("writing to \(peer): \(Self.errorText())") }
                done += n
            }
        }
    }

    /// Appends what one read returns, or throws at end of stream, failure or timeout.
    public func read(into buffer: inout [UInt8]) throws {
        guard fd >= 0 else { throw PostgresError.connection("the connection to \(peer) is closed") }
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 {
                buffer += chunk[0..<n]
                return
            }
            if n == 0 { throw PostgresError.connection("\(peer) closed the connection") }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { throw PostgresError.connection("no answer from \(peer) in time") }
            throw PostgresError.connection("reading from \(peer): \(Self.errorText())")
        }
    }

    /// Closes the socket; later reads and writes throw.
    public func close() {
        if fd >= 0 {
            systemClose(fd)
            fd = -1
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }

    /// A non-blocking connect, waited for with poll, then back to blocking mode.
    private static func connect(_ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>?, _ length: socklen_t,
                                timeout: Double, error: inout String) -> Bool {
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        defer { _ = fcntl(fd, F_SETFL, flags) }
        if systemConnect(fd, address, length) == 0 { return true }
        guard errno == EINPROGRESS else { error = errorText(); return false }
        var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        let ready = poll(&poller, 1, Int32(timeout * 1000))
        guard ready > 0 else { error = ready == 0 ? "timed out" : errorText(); return false }
        var code: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        _ = getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &size)
        guard code == 0 else { error = String(cString: strerror(code)); return false }
        return true
    }
}
