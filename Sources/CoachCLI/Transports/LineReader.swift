/// Reads standard input line by line from the file descriptor, never holding more than `limit` bytes
/// of one line: longer lines are skipped to their end and reported as too long. Ctrl-C ends the input
/// (see `Platform.endInputOnInterrupt`); a partial line typed before it is dropped.
struct LineReader {
    /// One line of input.
    enum Line: Equatable {
        case text([UInt8])
        case tooLong(Int)
    }

    let fd: Int32
    let limit: Int
    private var buffer = [UInt8]()
    private var start = 0
    private var atEnd = false
    /// True once Ctrl-C or SIGTERM ended the input.
    private(set) var interrupted = false

    init(fd: Int32 = 0, limit: Int = 64 * 1024) {
        self.fd = fd
        self.limit = limit
    }

    /// The next line without its newline (and carriage return), or nil at end of input.
    mutating func next() -> Line? {
        var skipped = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<newline])
                start = newline + 1
                compact()
                if skipped > 0 { return .tooLong(skipped + line.count) }
                if line.last == 0x0D { line.removeLast() }
                return line.count > limit ? .tooLong(line.count) : .text(line)
            }
            if buffer.count - start > limit {
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if atEnd {
                guard !interrupted, start < buffer.count || skipped > 0 else { return nil }
                let line = Array(buffer[start...])
                buffer.removeAll()
                start = 0
                if skipped > 0 { return .tooLong(skipped + line.count) }
                return line.count > limit ? .tooLong(line.count) : .text(line)
            }
            fill()
        }
    }

    private mutating func fill() {
        var chunk = [UInt8](repeating: 0, count: 65536)
        switch chunk.withUnsafeMutableBytes({ Platform.read(fd, $0.baseAddress!, $0.count) }) {
        case .bytes(let n): buffer.append(contentsOf: chunk[0..<n])
        case .end: atEnd = true
        case .interrupted:
            atEnd = true
            interrupted = true
        }
    }

    private mutating func compact() {
        if start > 65536 || start == buffer.count {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }
}
