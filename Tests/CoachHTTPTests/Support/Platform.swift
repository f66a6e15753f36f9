// The test target's only import of the C library: a blocking TCP client with timeouts.
#if canImport(Glibc)
import Glibc

private let streamSocketType = Int32(SOCK_STREAM.rawValue)
private let sendFlags = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
import Darwin

private let streamSocketType = SOCK_STREAM
/// Darwin has no MSG_NOSIGNAL; the socket gets SO_NOSIGPIPE instead.
private let sendFlags: Int32 = 0
#endif

// The C calls whose names `RawSocket`'s methods reuse, reached from file scope where those methods do not hide them.
private func systemClose(_ fd: Int32) { _ = close(fd) }
private func systemSend(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { send(fd, buffer, count, sendFlags) }

/// A blocking IPv4 TCP socket for talking to the server under test.
final class RawSocket {
    let fd: Int32

    /// Connects to 127.0.0.1:`port` from 127.0.0.`sourceHost` (every 127/8 address is loopback on Linux, so
    /// tests can act as several clients); reads and writes time out after `timeout` seconds.
    init(port: UInt16, timeout: Double = 5, sourceHost: UInt8 = 1) throws {
        fd = socket(AF_INET, streamSocketType, 0)
        #if canImport(Darwin)
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        if sourceHost != 1 {
            var source = sockaddr_in()
            source.sin_family = sa_family_t(AF_INET)
            source.sin_addr.s_addr = (UInt32(0x7F00_0000) | UInt32(sourceHost)).bigEndian
            _ = withUnsafePointer(to: &source) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var time = timeval(tv_sec: Int(timeout), tv_usec: suseconds_t((timeout - timeout.rounded(.down)) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let code = errno
            systemClose(fd)
            throw ClientError.connectFailed(code)
        }
    }

    deinit { systemClose(fd) }

    /// Sends every byte; false if the connection failed.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { systemSend(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    /// One read that waits at most `seconds` for data (poll first), whatever the socket's timeout.
    func receive(waitingAtMost seconds: Double) -> Received {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(seconds * 1000))
        return ready > 0 ? receive() : .timedOut
    }

    /// One read.
    func receive(max: Int = 65536) -> Received {
        var buffer = [UInt8](repeating: 0, count: max)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, max, 0) }
        if n > 0 { return .data(Array(buffer[0..<n])) }
        if n == 0 { return .endOfStream }
        return errno == EAGAIN || errno == EWOULDBLOCK ? .timedOut : .reset
    }

    func shutdownWrite() { shutdown(fd, Int32(SHUT_WR)) }

    /// Makes close send RST instead of FIN (an abrupt disconnect).
    func setResetOnClose() {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }
}

/// What one read from the server produced.
enum Received: Equatable {
    case data([UInt8])
    case endOfStream
    case reset
    case timedOut
}

enum ClientError: Error {
    case connectFailed(Int32)
}

/// Sleeps the calling thread.
func sleep(seconds: Double) { usleep(UInt32(seconds * 1_000_000)) }

/// Sends `SIGTERM` to this process.
func sendTerminationSignalToSelf() { kill(getpid(), SIGTERM) }
