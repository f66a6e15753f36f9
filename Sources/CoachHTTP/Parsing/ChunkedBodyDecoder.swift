/// Decodes a `Transfer-Encoding: chunked` request body incrementally (RFC 9112, section 7.1).
///
/// Each call takes the raw bytes received after what earlier calls consumed and says how many it consumed;
/// the caller drops those, so a body sent in tiny chunks never holds more than one partial line in memory.
/// The decoded body obeys the same limit as a Content-Length body (413); chunk extensions are ignored;
/// trailer fields are read and discarded, within the header limit (431).
struct ChunkedBodyDecoder {
    enum Progress: Equatable {
        case needMore
        case done
        case failed(HTTPParseError)
    }

    /// The longest chunk-size line (with extensions) accepted.
    static let maxSizeLine = 4096

    private enum State {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailer
        case done
    }

    let maxBodyBytes: Int
    let maxTrailerBytes: Int
    private(set) var body: [UInt8] = []
    private var state = State.size
    private var trailerBytes = 0

    init(maxBodyBytes: Int, maxTrailerBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
        self.maxTrailerBytes = maxTrailerBytes
    }

    var isDone: Bool {
        if case .done = state { return true }
        return false
    }

    /// Consumes what it can of `bytes`; returns the progress and how many bytes it consumed.
    mutating func advance(_ bytes: UnsafeBufferPointer<UInt8>) -> (Progress, consumed: Int) {
        var i = 0
        while true {
            switch state {
            case .done:
                return (.done, i)
            case .size:
                let lineEnd: Int
                switch Self.lineEnd(bytes, from: i) {
                case .bareLF(let at):
                    // Over the limit before its end is the limit's error, however the bytes arrived.
                    return (.failed(at - i > Self.maxSizeLine ? .invalidChunkedBody : .invalidLineEnding), i)
                case .none:
                    if bytes.count - i > Self.maxSizeLine { return (.failed(.invalidChunkedBody), i) }
                    return (.needMore, i)
                case .crlf(let end): lineEnd = end
                }
                guard lineEnd - i <= Self.maxSizeLine, let size = Self.chunkSize(bytes, i..<lineEnd) else {
                    return (.failed(.invalidChunkedBody), i)
                }
                guard size <= maxBodyBytes - body.count else { return (.failed(.bodyTooLarge), i) }
                i = lineEnd + 2
                state = size == 0 ? .trailer : .data(remaining: size)
            case .data(let remaining):
                let take = min(remaining, bytes.count - i)
                if take == 0 { return (.needMore, i) }
                body.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + take)]))
                i += take
                state = take == remaining ? .dataEnd : .data(remaining: remaining - take)
            case .dataEnd:
                guard bytes.count - i >= 2 else { return (.needMore, i) }
                guard bytes[i] == ASCII.cr, bytes[i + 1] == ASCII.lf else { return (.failed(.invalidChunkedBody), i) }
                i += 2
                state = .size
            case .trailer:
                let lineEnd: Int
                switch Self.lineEnd(bytes, from: i) {
                case .bareLF(let at):
                    return (.failed(trailerBytes + at - i > maxTrailerBytes ? .headersTooLarge : .invalidLineEnding), i)
                case .none:
                    if trailerBytes + bytes.count - i > maxTrailerBytes { return (.failed(.headersTooLarge), i) }
                    return (.needMore, i)
                case .crlf(let end): lineEnd = end
                }
                trailerBytes += lineEnd + 2 - i
                if trailerBytes > maxTrailerBytes { return (.failed(.headersTooLarge), i) }
                if bytes[i..<lineEnd].contains(ASCII.cr) { return (.failed(.invalidLineEnding), i) }
                let empty = lineEnd == i
                i = lineEnd + 2
                if empty { state = .done }
            }
        }
    }

    private enum LineEnd {
        /// The line ends with the CR at this index.
        case crlf(Int)
        /// A line feed without its carriage return, at this index (an error).
        case bareLF(Int)
        case none
    }

    /// Where the line starting at `from` ends: its CRLF, a bare LF (an error), or not yet received.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> LineEnd {
        var j = from
        while j < bytes.count {
            if bytes[j] == ASCII.lf { return j > from && bytes[j - 1] == ASCII.cr ? .crlf(j - 1) : .bareLF(j) }
            j += 1
        }
        return .none
    }

    /// `1*HEXDIG [ BWS ";" extensions ]`; nil when malformed. Sizes past 2^40 saturate (then fail the limit).
    private static func chunkSize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var size = 0
        var digits = 0
        var j = range.lowerBound
        while j < range.upperBound, let value = PercentDecoding.hexValue(bytes[j]) {
            size = size > 1 << 40 ? size : size * 16 + Int(value)
            digits += 1
            j += 1
        }
        guard digits > 0 else { return nil }
        while j < range.upperBound, bytes[j] == ASCII.space || bytes[j] == ASCII.tab { j += 1 }
        guard j == range.upperBound || bytes[j] == UInt8(ascii: ";") else { return nil }
        return size
    }
}
