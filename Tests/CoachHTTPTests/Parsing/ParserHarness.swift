@testable import CoachHTTP

/// Feeds input to a fresh parser and records every result up to the first non-request.
enum ParserHarness {
    static func parseWhole(_ input: [UInt8], maxHeaderBytes: Int = 16 * 1024, maxBodyBytes: Int = 64 * 1024) -> [HTTPParseResult] {
        var parser = HTTPRequestParser(maxHeaderBytes: maxHeaderBytes, maxBodyBytes: maxBodyBytes)
        parser.append(input)
        var results: [HTTPParseResult] = []
        while true {
            let result = parser.next()
            results.append(result)
            if case .request = result { continue }
            return results
        }
    }

    /// The same, appending one byte at a time and draining after each.
    static func parseByteByByte(_ input: [UInt8], maxHeaderBytes: Int = 16 * 1024, maxBodyBytes: Int = 64 * 1024) -> [HTTPParseResult] {
        var parser = HTTPRequestParser(maxHeaderBytes: maxHeaderBytes, maxBodyBytes: maxBodyBytes)
        var results: [HTTPParseResult] = []
        for byte in input {
            parser.append([byte])
            while true {
                let result = parser.next()
                if case .request = result { results.append(result); continue }
                if case .failure = result { results.append(result); return results }
                break
            }
        }
        results.append(.incomplete)
        return results
    }
}

/// Builds expected requests tersely.
func request(_ method: String, _ target: String, _ headers: [(String, String)], body: String = "",
             version: HTTPVersion = .http1_1) -> HTTPParseResult {
    .request(HTTPRequest(method: method, target: target, version: version, headers: HTTPHeaders(headers), body: Array(body.utf8)))
}
