/// Asking a word model: a message's features as slots, and the label they point to.
extension WordModel {
    /// The label the stems point to most, or nil when the model has fewer than two labels or knows none of them.
    func guess(_ stems: [String]) -> Guess? { guess(slots: Self.slots(stems)) }

    /// The label the feature slots (`slots(_:)`) point to most: a message's slots are made once for every model asked.
    func guess(slots: [Int]) -> Guess? {
        guard labels.count >= 2 else { return nil }
        let width = labels.count
        // The scores live on the stack; the rows are read where the weights are kept (their own floats, or the cache
        // file's bytes): the archive and the learner both give `weights` exactly `width` floats for each used slot.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: width) { scores -> Guess? in
            for label in 0..<width { scores[label] = biases[label] }
            var known = 0
            for slot in slots {
                guard let row = row(ofSlot: slot) else { continue }
                known += 1
                weights.add(from: row * width, to: scores)
            }
            guard known > 0 else { return nil }
            // The first label of the highest score and the highest score of the others: what a stable sort of the labels by
            // score, highest first, puts first and second (ties go to the label learned first).
            var first = 0
            for label in 1..<width where scores[label] > scores[first] { first = label }
            var second = first == 0 ? 1 : 0
            for label in 0..<width where label != first && scores[label] > scores[second] { second = label }
            return Guess(label: labels[first], lead: scores[first] - scores[second])
        }
    }

    /// The slots of a message's stems, each read where it lies in the message's bytes (no string made): what the decider and
    /// `coach match` ask every model with.
    static func slots(of text: NormalizedText) -> [Int] {
        var slots: [Int] = []
        slots.reserveCapacity(text.spans.count * 4)
        text.bytes.withUnsafeBufferPointer { bytes in
            var previous: UInt32?
            var beforePrevious: UInt32?
            for span in text.spans {
                let hash = features(UnsafeBufferPointer(rebasing: bytes[span.stem]), after: previous, beforePrevious) { slots.append($0) }
                (beforePrevious, previous) = (previous, hash)
            }
        }
        return slots
    }

    /// The slot of each feature of the stems, in the order `forEachSlot` gives them.
    static func slots<Stems: Sequence>(_ stems: Stems) -> [Int] where Stems.Element == String {
        var slots: [Int] = []
        slots.reserveCapacity(stems.underestimatedCount * 4)
        forEachSlot(stems) { slots.append($0) }
        return slots
    }

    /// The first letters of a stem (4 bytes, a stem of at least 4), so typed forms share a feature with the word they
    /// stand for ("stabbin", "stab"; "knifes", "knife"). Chosen on the tuning halves, grouped by the writer's set so a
    /// fold held writers the model never saw: prefixes of 4 beat none, 3 and 5 and a 3-letter suffix too.
    static let prefixLength = 4
    /// FNV-1a's starting value.
    private static let fnvStart: UInt32 = 2_166_136_261
    /// The hash a prefix starts from: "<" first, so a prefix never shares a slot with the whole stem of the same letters.
    private static let prefixSeed = step(fnvStart, 0x3C)

    /// Calls `body` with the slot of each feature: each stem, its first letters, each pair of neighbouring stems, and each
    /// pair one word apart ("grabbed ... arm" in "grabbed her arm", "keeps ... me"), chosen the same way as the prefixes.
    /// Each stem's bytes are hashed where they lie (FNV-1a over its UTF-8).
    static func forEachSlot<Stems: Sequence>(_ stems: Stems, _ body: (Int) -> Void) where Stems.Element == String {
        var previous: UInt32?
        var beforePrevious: UInt32?
        for var stem in stems {
            let hash = stem.withUTF8 { features($0, after: previous, beforePrevious, body) }
            (beforePrevious, previous) = (previous, hash)
        }
    }

    /// Calls `body` with the slots of one stem's features (`forEachSlot`), given the hashes of the two stems before it;
    /// returns the stem's hash.
    @inline(__always)
    private static func features(_ bytes: UnsafeBufferPointer<UInt8>, after previous: UInt32?, _ beforePrevious: UInt32?,
                                 _ body: (Int) -> Void) -> UInt32 {
        let mask = buckets - 1
        let hash = fnv(bytes, from: fnvStart)
        body(Int(hash) & mask)
        if bytes.count >= prefixLength {
            body(Int(fnv(UnsafeBufferPointer(rebasing: bytes[..<prefixLength]), from: prefixSeed)) & mask)
        }
        if let previous { body(Int(fnv(bytes, from: step(previous, 0x20))) & mask) }
        if let beforePrevious { body(Int(fnv(bytes, from: step(beforePrevious, 0x2A))) & mask) }
        return hash
    }

    /// One byte of FNV-1a.
    @inline(__always)
    private static func step(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* 16_777_619 }

    private static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, from start: UInt32) -> UInt32 {
        var hash = start
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }
}
