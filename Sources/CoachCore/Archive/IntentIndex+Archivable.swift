import Foundation

// The regular-expression index: its tables as they are, each expression compiled again from its text.

extension IntentIndex.Phrase: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.int(intent)
        writer.array(stems)
        writer.string(text)
        writer.bool(isExclusion)
    }
    init(from reader: inout ArchiveReader) throws {
        self.init(intent: try reader.int(), stems: try reader.array(), text: try reader.string(), isExclusion: try reader.bool())
    }
}

extension IntentIndex.Pattern: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.int(intent)
        writer.string(regex.pattern)
        writer.int(Int(regex.options.rawValue))
        writer.string(source)
        writer.int(required.count)
        for set in required {
            writer.int(set.count)
            for word in set {
                writer.bytes(word.bytes)
                writer.uint64s([word.fingerprint])
                writer.bool(word.atWordStart)
            }
        }
    }
    init(from reader: inout ArchiveReader) throws {
        let intent = try reader.int()
        let pattern = try reader.string()
        let options = NSRegularExpression.Options(rawValue: UInt(truncatingIfNeeded: try reader.int()))
        guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else { throw ArchiveReader.Damaged() }
        let source = try reader.string()
        var required: [[(bytes: [UInt8], fingerprint: UInt64, atWordStart: Bool)]] = []
        for _ in 0..<(try reader.count()) {
            var set: [(bytes: [UInt8], fingerprint: UInt64, atWordStart: Bool)] = []
            for _ in 0..<(try reader.count()) {
                let bytes = try reader.bytes()
                guard let fingerprint = try reader.uint64s().first else { throw ArchiveReader.Damaged() }
                set.append((bytes, fingerprint, try reader.bool()))
            }
            required.append(set)
        }
        self.init(intent: intent, regex: regex, source: source, required: required)
    }
}

extension IntentIndex: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.array(phrases)
        writer.array(patterns)
        let stems = phrasesByFirstStem.keys.sorted()
        writer.array(stems)
        for stem in stems { writer.array(phrasesByFirstStem[stem]!) }
        writer.array(patternsByTrigram)
        writer.int32s(bucketStart)
        writer.int32s(bucketIDs)
        writer.array(unindexedPatterns)
    }
    init(from reader: inout ArchiveReader) throws {
        self.init()
        phrases = try reader.array()
        patterns = try reader.array()
        for stem in try reader.array(String.self) { phrasesByFirstStem[stem] = try reader.array() }
        patternsByTrigram = try reader.array()
        bucketStart = try reader.int32s()
        bucketIDs = try reader.int32s()
        unindexedPatterns = try reader.array()
        let ids = patterns.indices
        guard unindexedPatterns.allSatisfy(ids.contains), bucketIDs.allSatisfy({ ids.contains(Int($0)) }),
              bucketStart.isEmpty || bucketStart.count == Self.trigramBuckets + 1 else { throw ArchiveReader.Damaged() }
    }
}
