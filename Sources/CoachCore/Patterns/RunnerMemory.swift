/// The arrays a `PositionRunner` remembers concept matches and the message's words in, kept in the workspace
/// (`MatchWorkspace.runnerMemory`) from message to message, so a message neither allocates nor frees them: each runner
/// takes them clean and gives them back clean (only what it wrote is cleared).
struct RunnerMemory {
    /// Per concept, where its row starts in `conceptCache`, or -1: all -1 between messages.
    var conceptRow: [Int32] = []
    /// The concepts' rows of remembered matches: all 0 between messages.
    var conceptCache: [UInt64] = []
    /// Bit `id` set when word `id` is in the message: all 0 between messages.
    var present: [UInt64] = []
    /// The concepts given a row in this message, to set their `conceptRow` back to -1.
    var rowsGiven: [Int32] = []

    /// Makes the arrays fit a message of `words` words (a new memory, or one a runner did not give back, is empty).
    mutating func prepare(concepts: Int, vocabulary: Int, words: Int) {
        if conceptRow.count != concepts { conceptRow = [Int32](repeating: -1, count: concepts) }
        let presentWords = (vocabulary + 63) / 64
        if present.count != presentWords { present = [UInt64](repeating: 0, count: presentWords) }
        let cache = words * 16  // a message meets about eight concepts
        if conceptCache.count < cache { conceptCache.append(contentsOf: repeatElement(0, count: cache - conceptCache.count)) }
    }

    /// Clears what a message wrote: the rows given (the first `entries` of the cache) and the words' bits.
    mutating func clear(entries: Int, words ids: [Int32]) {
        for c in rowsGiven { conceptRow[Int(c)] = -1 }
        rowsGiven.removeAll(keepingCapacity: true)
        conceptCache.withUnsafeMutableBufferPointer { cache in
            for k in 0..<entries { cache[k] = 0 }
        }
        for id in ids where id >= 0 { present[Int(id) >> 6] = 0 }
    }
}
