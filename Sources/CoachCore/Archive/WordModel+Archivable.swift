// The word model: labels, then priors and each feature's row as the bit patterns of their doubles.

extension WordModel: Archivable {
    func archive(into writer: inout ArchiveWriter) {
        writer.array(labels)
        writer.uint64s(logPriors.map(\.bitPattern))
        let features = logLikelihoods.keys.sorted()
        writer.array(features)
        writer.uint64s(features.flatMap { logLikelihoods[$0]!.map(\.bitPattern) })
    }

    init(from reader: inout ArchiveReader) throws {
        let labels = try reader.array(String.self)
        let priors = try reader.uint64s().map(Double.init(bitPattern:))
        let features = try reader.array(String.self)
        let rows = try reader.uint64s().map(Double.init(bitPattern:))
        guard priors.count == labels.count, rows.count == features.count * labels.count else { throw ArchiveReader.Damaged() }
        var likelihoods: [String: [Double]] = [:]
        likelihoods.reserveCapacity(features.count)
        for (index, feature) in features.enumerated() {
            likelihoods[feature] = Array(rows[(index * labels.count)..<((index + 1) * labels.count)])
        }
        self.init(labels: labels, logPriors: priors, logLikelihoods: likelihoods)
    }
}
