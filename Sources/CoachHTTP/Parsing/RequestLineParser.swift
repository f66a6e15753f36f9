/// Parses `method SP request-target SP HTTP-version` (RFC 9112 section 3).
enum RequestLineParser {
    static func parse(_ line: UnsafeBufferPointer<UInt8>) throws -> (method: String, target: String, version: HTTPVersion) {
        guard let firstSpace = line.firstIndex(of: ASCII.space),
              let secondSpace = line[(firstSpace + 1)...].firstIndex(of: ASCII.space)
        else { throw HTTPParseError.malformedRequestLine }
        let method = line[..<firstSpace]
        let target = line[(firstSpace + 1)..<secondSpace]
        let version = line[(secondSpace + 1)...]
        guard !method.isEmpty, method.allSatisfy({ ASCII.isTokenByte[Int($0)] }) else {
            throw HTTPParseError.malformedRequestLine
        }
        guard !target.isEmpty, target.allSatisfy(ASCII.isVisible) else {
            throw HTTPParseError.malformedRequestLine
        }
        return (String(decoding: method, as: UTF8.self), String(decoding: target, as: UTF8.self),
                try parseVersion(version))
    }

    /// "HTTP/1.0" and "HTTP/1.1"; other well-formed versions are unsupported, the rest malformed.
    private static func parseVersion(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) throws -> HTTPVersion {
        let text = Array(bytes)
        let prefix = Array("HTTP/".utf8)
        guard text.count == 8, Array(text[0..<5]) == prefix, text[6] == UInt8(ascii: "."),
              isDigit(text[5]), isDigit(text[7])
        else { throw HTTPParseError.malformedRequestLine }
        let version = HTTPVersion(major: Int(text[5] - 48), minor: Int(text[7] - 48))
        guard version == .http1_0 || version == .http1_1 else { throw HTTPParseError.unsupportedVersion }
        return version
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
}
