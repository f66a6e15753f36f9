// libFuzzer entry for the HTTP request parser and the form decoder. Built by .ci/fuzz.sh
// together with Sources/CoachHTTP as one module, so internal API is reachable.
//
// Input layout: byte 0 seeds the chunk splitter, byte 1 picks the parser limits, the rest is
// the byte stream. Checked properties (a failed precondition is a crash libFuzzer reports):
//  - feeding the stream whole or in random chunks yields exactly the same results;
//  - every request's body length matches its Content-Length (when not chunked) and respects the body limit;
//  - a decoded form survives percent-encoding and decoding again unchanged.

@_cdecl("LLVMFuzzerTestOneInput")
public func httpParserFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size >= 2 else { return 0 }
    let seed = data[0]
    let limits = data[1] & 1 == 0 ? (head: 16 * 1024, body: 64 * 1024) : (head: 96, body: 32)
    let stream = Array(UnsafeBufferPointer(start: data + 2, count: size - 2))

    let whole = FuzzParser.parse(stream, chunkSeed: nil, limits: limits)
    let chunked = FuzzParser.parse(stream, chunkSeed: seed, limits: limits)
    precondition(whole == chunked, "chunking changed the parse: \(whole) vs \(chunked)")
    for case let .request(request) in whole where request.headers["Transfer-Encoding"] == nil {
        let declared = Int(request.headers["Content-Length"]?.split(separator: ",").first.map { String($0.trimmingOWS) } ?? "0")
        precondition(declared == request.body.count, "body length differs from Content-Length")
        precondition(request.body.count <= limits.body, "body over the limit")
    }

    if let pairs = FormDecoder.decode(stream) {
        let reencoded = pairs.map { FuzzParser.formEncode($0.0) + "=" + FuzzParser.formEncode($0.1) }.joined(separator: "&")
        let again = FormDecoder.decode(Array(reencoded.utf8))
        precondition(again.map { $0.map { [$0.0, $0.1] } } == pairs.map { [$0.0, $0.1] }, "form round trip failed")
    }
    return 0
}

enum FuzzParser {
    /// All results until the stream is used up or fails; chunk sizes 1...64 from a xorshift on `chunkSeed`.
    static func parse(_ stream: [UInt8], chunkSeed: UInt8?, limits: (head: Int, body: Int)) -> [HTTPParseResult] {
        var parser = HTTPRequestParser(maxHeaderBytes: limits.head, maxBodyBytes: limits.body)
        var results: [HTTPParseResult] = []
        var state = UInt32(chunkSeed ?? 0) &* 2_654_435_761 | 1
        var offset = 0
        while offset < stream.count {
            var size = stream.count - offset
            if chunkSeed != nil {
                state ^= state << 13
                state ^= state >> 17
                state ^= state << 5
                size = min(size, Int(state % 64) + 1)
            }
            parser.append(stream[offset..<(offset + size)])
            offset += size
            while true {
                let result = parser.next()
                if case .incomplete = result { break }
                results.append(result)
                if case .failure = result { return results }
            }
        }
        return results
    }

    static func formEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let hex = String(byte, radix: 16, uppercase: true)
            out += "%" + (hex.count == 1 ? "0" + hex : hex)
        }
        return out
    }
}
