// The word model: labels, biases as the bit patterns of their doubles, the bitset of slots used, then the rows of
// those slots only (as the model holds them), as the bit patterns of their floats, which a model read back leaves in
// the archive (`StoredFloats`).

extension WordModel: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.array(labels)
        writer.uint64s(biases.map(\.bitPattern))
        writer.uint64s(seen)
        writer.int32s(weights.map { Int32(bitPattern: $0.bitPattern) })
    }

    init(from reader: inout ArchiveReader) throws {
        let labels = try reader.array(String.self)
        let biases = try reader.uint64s().map(Double.init(bitPattern:))
        let seen = try reader.uint64s()
        let rows = try reader.floats()
        let used = seen.reduce(0) { $0 + $1.nonzeroBitCount }
        guard biases.count == labels.count, seen.count == Self.buckets / 64, rows.count == used * labels.count else {
            throw ArchiveReader.Damaged()
        }
        self.init(labels: labels, biases: biases, weights: rows, seen: seen)
    }
}

// A learned model: its word model, then the intents it was taught and those after `over`, in order.
extension LearnedModel: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        model.archive(into: &writer)
        writer.ints(intents.sorted())
        writer.ints(over.sorted())
    }

    init(from reader: inout ArchiveReader) throws {
        self.init(model: try WordModel(from: &reader), intents: Set(try reader.ints()), over: Set(try reader.ints()))
    }
}
