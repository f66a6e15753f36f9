/// Finds the end of a request head incrementally, checking line endings and the size limit
/// byte by byte, so the verdict never depends on how the bytes were split into reads.
struct HeadScanner {
    enum Outcome: Equatable {
        case needMore
        /// The head occupies `start..<end`, end just past the blank line.
        case complete(start: Int, end: Int)
        case failed(HTTPParseError)
    }

    let maxHeadBytes: Int
    /// First byte of the head (moves past leading empty lines, which RFC 9112 says to ignore).
    private(set) var start = 0
    private var next = 0
    private var lineStart = 0

    init(maxHeadBytes: Int) { self.maxHeadBytes = maxHeadBytes }

    /// Starts scanning a new head at `offset`.
    mutating func reset(at offset: Int) {
        start = offset
        next = offset
        lineStart = offset
    }

    /// Moves all positions back by `count` after the buffer dropped its first bytes.
    mutating func shift(by count: Int) {
        start -= count
        next -= count
        lineStart -= count
    }

    mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> Outcome {
        while next < buffer.count {
            let i = next
            let byte = buffer[i]
            next += 1
            if i + 1 - start > maxHeadBytes { return .failed(.headersTooLarge) }
            if i > start, buffer[i - 1] == ASCII.cr, byte != ASCII.lf { return .failed(.invalidLineEnding) }
            if byte == ASCII.lf {
                guard i > start, buffer[i - 1] == ASCII.cr else { return .failed(.invalidLineEnding) }
                if i - 1 == lineStart {
                    if lineStart == start {  // empty line before the request line: skip it
                        reset(at: i + 1)
                        continue
                    }
                    return .complete(start: start, end: i + 1)
                }
                lineStart = i + 1
            }
        }
        return .needMore
    }
}
