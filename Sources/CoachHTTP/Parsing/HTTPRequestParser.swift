/// An incremental HTTP/1.x request parser: append bytes as they arrive, then take complete
/// requests in order with `next()`. After a failure it keeps returning that failure.
public struct HTTPRequestParser {
    /// The most bytes a request line plus header section may take, blank line included.
    public let maxHeaderBytes: Int
    /// The largest Content-Length accepted.
    public let maxBodyBytes: Int

    private var buffer: [UInt8] = []
    private var scanner: HeadScanner
    private var head: RequestHead?
    private var bodyStart = 0
    /// Decodes the current request's body when it is chunked.
    private var chunked: ChunkedBodyDecoder?
    private var failure: HTTPParseError?

    /// Creates a parser with the given limits (defaults: 16 KiB of head, 64 KiB of body).
    public init(maxHeaderBytes: Int = 16 * 1024, maxBodyBytes: Int = 64 * 1024) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
        scanner = HeadScanner(maxHeadBytes: maxHeaderBytes)
    }

    /// Adds received bytes.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
    }

    /// Adds received bytes from raw memory.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
    }

    /// Bytes held for requests not yet returned.
    public var bufferedByteCount: Int { buffer.count - scanner.start }

    /// Whether part of an unfinished request has been received.
    public var isMidRequest: Bool { head != nil || buffer.count > scanner.start }

    /// Whether the current request's head asked for `100 Continue` and its body is not complete.
    public var expectsContinue: Bool {
        guard let head, head.expectsContinue else { return false }
        if let chunked { return !chunked.isDone }
        return buffer.count - bodyStart < head.contentLength
    }

    /// The next complete request, `.incomplete`, or the failure that ends the stream.
    public mutating func next() -> HTTPParseResult {
        if let failure { return .failure(failure) }
        if head == nil {
            switch buffer.withUnsafeBufferPointer({ scanner.scan($0) }) {
            case .needMore:
                compact()
                return .incomplete
            case let .failed(error):
                return fail(error)
            case let .complete(start, end):
                do {
                    let limit = maxBodyBytes
                    head = try buffer.withUnsafeBufferPointer {
                        try RequestHeadParser.parse(UnsafeBufferPointer(rebasing: $0[start..<end]), maxBodyBytes: limit)
                    }
                } catch {
                    return fail(error as? HTTPParseError ?? .malformedHeader)
                }
                bodyStart = end
                if head!.chunked { chunked = ChunkedBodyDecoder(maxBodyBytes: maxBodyBytes, maxTrailerBytes: maxHeaderBytes) }
            }
        }
        guard let current = head else { return .incomplete }
        let body: [UInt8]
        let bodyEnd: Int
        if chunked != nil {
            // Decoded bytes leave the buffer as they arrive, so chunk framing never accumulates.
            let start = bodyStart
            let (progress, consumed) = buffer.withUnsafeBufferPointer { chunked!.advance(UnsafeBufferPointer(rebasing: $0[start...])) }
            buffer.removeSubrange(start..<(start + consumed))
            switch progress {
            case .needMore: return .incomplete
            case .failed(let error): return fail(error)
            case .done:
                body = chunked!.body
                bodyEnd = bodyStart
                chunked = nil
            }
        } else {
            guard buffer.count - bodyStart >= current.contentLength else { return .incomplete }
            bodyEnd = bodyStart + current.contentLength
            body = Array(buffer[bodyStart..<bodyEnd])
        }
        let request = HTTPRequest(method: current.method, target: current.target, version: current.version,
                                  headers: current.headers, body: body)
        head = nil
        scanner.reset(at: bodyEnd)
        compact()
        return .request(request)
    }

    private mutating func fail(_ error: HTTPParseError) -> HTTPParseResult {
        failure = error
        buffer = []
        head = nil
        chunked = nil
        scanner.reset(at: 0)
        return .failure(error)
    }

    /// Drops consumed bytes: all of them when the buffer is drained, otherwise only once they dominate.
    private mutating func compact() {
        let consumed = head == nil ? scanner.start : min(scanner.start, bodyStart)
        guard consumed > 0 else { return }
        if consumed == buffer.count {
            buffer.removeAll(keepingCapacity: true)
        } else if consumed >= 4096, consumed * 2 >= buffer.count {
            buffer.removeFirst(consumed)
        } else {
            return
        }
        scanner.shift(by: consumed)
        bodyStart -= consumed
    }
}
