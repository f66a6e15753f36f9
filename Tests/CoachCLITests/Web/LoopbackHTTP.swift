import Foundation

/// One HTTP/1.1 exchange with a server on 127.0.0.1 over a plain socket. chromedriver writes header fields
/// without a space after the colon, which Foundation's URLSession on Linux refuses ("Failed writing header").
enum LoopbackHTTP {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Sends a request with `Connection: close` and returns the status and body.
    static func exchange(port: UInt16, method: String, path: String, body: Data? = nil, timeout: Int = 90) throws -> (status: Int, body: Data) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        defer { close(fd) }
        var wait = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard connected else { throw Failure(description: "cannot connect to 127.0.0.1:\(port)") }
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if let body { request += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n" }
        var bytes = Array((request + "\r\n").utf8) + Array(body ?? Data())
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeMutableBytes { send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send failed") }
            sent += n
        }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n < 0 { throw Failure(description: "\(method) \(path): no answer in \(timeout) s") }
            if n == 0 { break }
            received.append(contentsOf: buffer[0..<n])
            if let (status, length, start) = head(received), let length, received.count - start >= length {
                return (status, received.subdata(in: start..<(start + length)))
            }
        }
        guard let (status, _, start) = head(received) else { throw Failure(description: "\(method) \(path): not an HTTP response") }
        return (status, received.subdata(in: start..<received.count))
    }

    /// The status, the Content-Length if any, and where the body starts, once the head is complete.
    private static func head(_ data: Data) -> (Int, Int?, Int)? {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let lines = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = lines.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else { return nil }
        let length = lines.dropFirst().first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) }
        return (status, length, end.upperBound - data.startIndex)
    }
}
