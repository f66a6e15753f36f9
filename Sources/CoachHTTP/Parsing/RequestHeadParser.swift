/// Turns the bytes of a complete head (request line, fields, blank line) into a `RequestHead`.
enum RequestHeadParser {
    /// Checks run in order: request-line syntax, version, field syntax, method, target,
    /// transfer coding, Content-Length, Host, Expect, body limit.
    static func parse(_ head: UnsafeBufferPointer<UInt8>, maxBodyBytes: Int) throws -> RequestHead {
        var lines = lineRanges(head)
        guard !lines.isEmpty else { throw HTTPParseError.malformedRequestLine }
        let requestLine = lines.removeFirst()
        let (method, target, version) = try RequestLineParser.parse(UnsafeBufferPointer(rebasing: head[requestLine]))
        var headers = HTTPHeaders()
        for range in lines {
            let field = try HeaderFieldParser.parse(head[range])
            headers.add(field.name, field.value)
        }
        if let refusal = MethodPolicy.check(method) { throw refusal }
        guard RequestTarget.isValid(target, method: method) else { throw HTTPParseError.invalidRequestTarget }
        let chunked = try MessageFraming.isChunked(headers, version: version)
        let length = try MessageFraming.contentLength(headers)
        try MessageFraming.checkHost(headers, version: version)
        let expectsContinue = try MessageFraming.expectsContinue(headers, version: version)
        guard length <= maxBodyBytes else { throw HTTPParseError.bodyTooLarge }
        return RequestHead(method: method, target: target, version: version, headers: headers,
                           contentLength: length, chunked: chunked, expectsContinue: expectsContinue && (length > 0 || chunked))
    }

    /// The non-empty CRLF-terminated lines of a head whose line endings were already checked.
    private static func lineRanges(_ head: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lineStart = 0
        for i in 0..<head.count where head[i] == ASCII.lf {
            if i - 1 > lineStart { ranges.append(lineStart..<(i - 1)) }
            lineStart = i + 1
        }
        return ranges
    }
}
