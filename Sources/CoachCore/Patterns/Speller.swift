/// Reads words typed in a hurry as the script's own words: a dropped g ("chokin"), an "-ing" with its i dropped or
/// swapped ("breathng", "movign"), a doubled or missing letter ("filmm", "knif"), swapped letters ("recrod"), or one
/// wrong letter in a longer word; a letter held down ("nooo", "pleaseee", `Speller+HeldLetters.swift`).
///
/// Only words the script never uses are corrected, only into a word the script uses, never a word that
/// is in the known-words list (so "bunch" never becomes "punch"), and only when one correction fits.
struct Speller: Sendable {
    /// Script stems by each form with one letter deleted (and the stem itself), for one-edit look-ups:
    /// the table gives the key's entry, and `stemsByDeletion.range(entry)` the stems.
    var byDeletion = ByteTable<Int32>(minimumCapacity: 1 << 14)
    var stemsByDeletion = PostingLists()
    let stems: [String]
    let vocabulary: Vocabulary
    /// Correct English words that are never corrected, sorted.
    let knownWords: KnownWords
    /// The words the script quotes (`"headbutted"`): never corrected either, or their own patterns could not see them.
    let quotedWords: KnownWords
    /// Shortest typed word corrected by a general edit.
    static let minimumLength = 5
    /// An "-ing" typed with its i dropped or swapped, and how many letters of it to replace with "ing".
    private static let ingSlips: [(ending: String, cut: Int)] = [("ng", 2), ("ign", 3), ("nig", 3)]

    /// A speller from its tables as `init(vocabulary:knownWords:quotedWords:)` built them (read back from the load cache).
    init(byDeletion: ByteTable<Int32>, stemsByDeletion: PostingLists, vocabulary: Vocabulary, knownWords: KnownWords,
         quotedWords: KnownWords) {
        self.byDeletion = byDeletion
        self.stemsByDeletion = stemsByDeletion
        stems = vocabulary.stems
        self.vocabulary = vocabulary
        self.knownWords = knownWords
        self.quotedWords = quotedWords
    }

    init(vocabulary: Vocabulary, knownWords: KnownWords, quotedWords: Set<String> = []) {
        stems = vocabulary.stems
        self.vocabulary = vocabulary
        self.knownWords = knownWords
        self.quotedWords = KnownWords(sortedLines: quotedWords.joined(separator: "\n"))  // sorted there; a quoted word is one word
        var key: [UInt8] = []
        var lists: [[Int32]] = []
        for (id, stem) in vocabulary.stems.enumerated() where stem.utf8.count >= Self.minimumLength - 1 {
            let bytes = Array(stem.utf8)
            for deleted in 0...bytes.count {  // each letter deleted, then none (the stem itself)
                key.removeAll(keepingCapacity: true)
                key += bytes[..<min(deleted, bytes.count)]
                if deleted + 1 < bytes.count { key += bytes[(deleted + 1)...] }
                let entry = byDeletion.insert(key, Int32(lists.count))
                if entry == lists.count { lists.append([]) }
                if lists[entry].last != Int32(id) { lists[entry].append(Int32(id)) }
            }
        }
        stemsByDeletion = PostingLists(lists)
    }

    /// The word a typed word stands for, with the id of its stem; nil when none or several fit.
    func correct(_ typed: String) -> (word: String, id: Int32)? {
        // Most words typed are real words: rule them out without copying them.
        var copy = typed
        let isCandidate = copy.withUTF8 { bytes in
            bytes.count >= 4 && bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) && !knownWords.contains(bytes)
                && !quotedWords.contains(bytes)
        }
        guard isCandidate else { return nil }
        let bytes = Array(typed.utf8)
        if let held = heldLetters(bytes) { return held }
        // A dropped g: "chokin", "punchin".
        if typed.hasSuffix("in") {
            let full = typed + "g"
            if let id = stemID(Stemmer.stem(full)) { return (full, id) }
        }
        // An "-ing" with its i dropped or swapped: "breathng", "movng", "movign".
        for (ending, cut) in Self.ingSlips where typed.hasSuffix(ending) && !typed.hasSuffix("ing") {
            let full = String(typed.dropLast(cut)) + "ing"
            if full.utf8.count >= Self.minimumLength + 1, let id = stemID(Stemmer.stem(full)) { return (full, id) }
        }
        // General edits need the known-words list, so a real word is never taken for another; a
        // four-letter word is only read as a longer one with a letter it left out ("knfe" is "knife").
        guard bytes.count >= Self.minimumLength - 1, knownWords.count > 0 else { return nil }
        let stem = Stemmer.stem(typed)
        let stemBytes = Array(stem.utf8)  // a-z, as the typed word is
        // The stem itself, then (for a word of five letters or more) each form of it with one letter deleted, built in
        // one buffer: the script stems one edit away, which must all be one stem.
        var found: Int32?
        var key: [UInt8] = []
        key.reserveCapacity(stemBytes.count)
        let deletions = bytes.count < Self.minimumLength || stemBytes.count < 2 ? 0 : stemBytes.count
        for deleted in -1..<deletions {
            key.removeAll(keepingCapacity: true)
            for (i, byte) in stemBytes.enumerated() where i != deleted { key.append(byte) }
            guard let entry = byDeletion.find(key) else { continue }
            for k in stemsByDeletion.range(Int(entry)) {
                let id = stemsByDeletion.items[k]
                var other = stems[Int(id)]
                let ascii = other.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? OneEdit.apart(stemBytes, bytes) : nil }
                guard ascii ?? (Suggestion.editDistance(stem, other) == 1) else { continue }
                if let found, found != id { return nil }  // several fit
                found = id
            }
        }
        guard let id = found else { return nil }
        return (stems[Int(id)], id)
    }

    private func stemID(_ stem: String) -> Int32? { vocabulary.id(of: stem) }

}

/// A sorted list of correctly spelt English words, searched without building a set (fast to load).
public struct KnownWords: Sendable {
    let bytes: StoredArray<UInt8>
    let starts: StoredArray<Int32>

    /// The list from its bytes and line starts as `init(sortedLines:)` made them.
    init(bytes: StoredArray<UInt8>, starts: StoredArray<Int32>) {
        self.bytes = bytes
        self.starts = starts
    }

    /// One lower-case word per line, in byte order (`LC_ALL=C sort`); other lines are ignored.
    public init(sortedLines text: String) {
        var bytes = Array(text.utf8)
        var lines = Self.lines(bytes)
        if !Self.isSorted(bytes, lines) {
            let sorted = text.split(separator: "\n").map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
            bytes = Array(sorted.joined(separator: [0x0A]))
            lines = Self.lines(bytes)
        }
        self.bytes = StoredArray(bytes)
        self.starts = StoredArray(lines.starts)
    }

    /// Where each non-empty line starts and ends.
    private static func lines(_ bytes: [UInt8]) -> (starts: [Int32], ends: [Int32]) {
        bytes.withUnsafeBufferPointer { buffer in
            var starts: [Int32] = []
            var ends: [Int32] = []
            starts.reserveCapacity(buffer.count / 8)
            ends.reserveCapacity(buffer.count / 8)
            var lineStart = 0
            for i in 0..<buffer.count where buffer[i] == 0x0A {
                if i > lineStart { starts.append(Int32(lineStart)); ends.append(Int32(i)) }
                lineStart = i + 1
            }
            if lineStart < buffer.count { starts.append(Int32(lineStart)); ends.append(Int32(buffer.count)) }
            return (starts, ends)
        }
    }

    /// Whether the lines are in byte order (empty lines aside, which the search never meets).
    private static func isSorted(_ bytes: [UInt8], _ lines: (starts: [Int32], ends: [Int32])) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var k = 1
            while k < lines.starts.count {
                let previous = Int(lines.starts[k - 1])..<Int(lines.ends[k - 1])
                let line = Int(lines.starts[k])..<Int(lines.ends[k])
                // line < previous: the first differing byte is smaller, or line is a proper prefix of previous.
                var i = 0
                while i < line.count, i < previous.count, buffer[line.lowerBound + i] == buffer[previous.lowerBound + i] { i += 1 }
                if i < line.count, i < previous.count {
                    if buffer[line.lowerBound + i] < buffer[previous.lowerBound + i] { return false }
                } else if line.count < previous.count {
                    return false
                }
                k += 1
            }
            return true
        }
    }

    public static let empty = KnownWords(sortedLines: "")

    public var count: Int { starts.count }

    func contains(_ word: [UInt8]) -> Bool { word.withUnsafeBufferPointer { contains($0) } }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var low = 0
        var high = starts.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let order = compare(word, line: Int(starts[mid]))
            if order == 0 { return true }
            if order < 0 { high = mid - 1 } else { low = mid + 1 }
        }
        return false
    }

    private func compare(_ word: UnsafeBufferPointer<UInt8>, line start: Int) -> Int {
        var i = 0
        while true {
            let end = start + i >= bytes.count || bytes[start + i] == 0x0A
            if i == word.count { return end ? 0 : -1 }
            if end { return 1 }
            let a = word[i], b = bytes[start + i]
            if a != b { return a < b ? -1 : 1 }
            i += 1
        }
    }
}
