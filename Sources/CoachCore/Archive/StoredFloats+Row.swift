/// Adding a row of floats to scores: where the floats are kept is asked once for the row, not once for each float.
extension StoredFloats {
    /// Adds the `scores.count` floats from `start`, each as a `Double`, to `scores` in order (what `scores[i] +=
    /// Double(self[start + i])` for each `i` does).
    func add(from start: Int, to scores: UnsafeMutableBufferPointer<Double>) {
        let width = scores.count
        precondition(start >= 0 && start + width <= count)
        guard let stored else {
            owned.withUnsafeBufferPointer { floats in
                for i in 0..<width { scores[i] += Double(floats[start + i]) }
            }
            return
        }
        let base = offset + start * 4
        for i in 0..<width {
            scores[i] += Double(Float(bitPattern: UInt32(littleEndian: stored.bytes.loadUnaligned(fromByteOffset: base + i * 4, as: UInt32.self))))
        }
    }
}
