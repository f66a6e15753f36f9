// The word model: labels, biases as the bit patterns of their doubles, the bitset of slots used, then the rows of
// those slots only, as the bit patterns of their floats.

extension WordModel: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.array(labels)
        writer.uint64s(biases.map(\.bitPattern))
        writer.uint64s(seen)
        var rows: [Int32] = []
        for slot in 0..<Self.buckets where seen[slot >> 6] & (1 << UInt64(slot & 63)) != 0 {
            for label in labels.indices { rows.append(Int32(bitPattern: weights[slot * labels.count + label].bitPattern)) }
        }
        writer.int32s(rows)
    }

    init(from reader: inout ArchiveReader) throws {
        let labels = try reader.array(String.self)
        let biases = try reader.uint64s().map(Double.init(bitPattern:))
        let seen = try reader.uint64s()
        let rows = try reader.int32s()
        let width = max(labels.count, 1)
        let used = seen.reduce(0) { $0 + $1.nonzeroBitCount }
        guard biases.count == labels.count, seen.count == Self.buckets / 64, rows.count == used * labels.count else {
            throw ArchiveReader.Damaged()
        }
        var weights = [Float](repeating: 0, count: Self.buckets * width)
        var next = 0
        for (word, bits) in seen.enumerated() where bits != 0 {
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 {
                let slot = word << 6 | bit
                for label in 0..<labels.count {
                    weights[slot * width + label] = Float(bitPattern: UInt32(bitPattern: rows[next]))
                    next += 1
                }
            }
        }
        self.init(labels: labels, biases: biases, weights: weights, seen: seen)
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
