/// A number per pattern that one message sets (0 until set), in an array kept from message to message: each message
/// stores its numbers above every number an earlier one stored, so what those left reads as 0 without clearing the
/// array. It is cleared only when the stored numbers near their limit.
struct PatternMarks {
    private var marks: [UInt32]
    /// What this message's 0 is stored as.
    private var base: UInt32 = 0
    /// One past the largest number any message has stored so far.
    private var top: UInt32 = 0
    private let limit: UInt32

    /// Marks for `patterns` patterns; `limit` (the largest number stored) is smaller only in tests.
    init(patterns: Int, limit: UInt32 = .max) {
        marks = [UInt32](repeating: 0, count: patterns)
        self.limit = limit
    }

    /// Starts a message that sets numbers from 1 to `largest`: every pattern reads 0 again.
    mutating func begin(largest: Int) {
        if UInt64(top) + UInt64(largest) >= UInt64(limit) {
            for k in marks.indices { marks[k] = 0 }
            top = 0
        }
        base = top
        top += UInt32(largest) + 1
    }

    @inline(__always)
    subscript(id: Int) -> Int32 {
        get {
            let mark = marks[id]
            return mark > base ? Int32(bitPattern: mark &- base) : 0
        }
        set { marks[id] = base &+ UInt32(bitPattern: newValue) }
    }

    /// The numbers as the subscript reads and sets them, in place: the array is asked once whether it is shared, not at
    /// every number set. Valid only during `withView`; every id must be a pattern's.
    struct View {
        fileprivate let marks: UnsafeMutableBufferPointer<UInt32>
        fileprivate let base: UInt32

        @inline(__always)
        subscript(id: Int) -> Int32 {
            get {
                let mark = marks[id]
                return mark > base ? Int32(bitPattern: mark &- base) : 0
            }
            nonmutating set { marks[id] = base &+ UInt32(bitPattern: newValue) }
        }
    }

    /// `body` over this message's numbers in place (`View`).
    @inline(__always)
    mutating func withView<Result>(_ body: (View) throws -> Result) rethrows -> Result {
        let base = self.base
        return try marks.withUnsafeMutableBufferPointer { try body(View(marks: $0, base: base)) }
    }
}
