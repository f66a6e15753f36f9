@testable import CoachCore
import XCTest

/// Asking a word model (`WordModel+Guess`): the slots hashed from each stem's bytes where they lie are the slots of FNV-1a
/// over its UTF-8, and a guess from slots made once is the guess the labels sorted by score give.
final class WordModelGuessTests: XCTestCase {
    /// The features as first written: FNV-1a over each `String.UTF8View`, one feature at a time.
    private func referenceSlots(_ stems: [String]) -> [Int] {
        func fnv<Bytes: Sequence>(_ bytes: Bytes, from start: UInt32) -> UInt32 where Bytes.Element == UInt8 {
            var hash = start
            for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            return hash
        }
        let mask = WordModel.buckets - 1, start: UInt32 = 2_166_136_261
        var slots: [Int] = []
        var previous: UInt32?, beforePrevious: UInt32?
        for stem in stems {
            let hash = fnv(stem.utf8, from: start)
            slots.append(Int(hash) & mask)
            if stem.utf8.count >= 4 { slots.append(Int(fnv(stem.utf8.prefix(4), from: fnv(CollectionOfOne(0x3C), from: start))) & mask) }
            if let previous { slots.append(Int(fnv(stem.utf8, from: fnv(CollectionOfOne(0x20), from: previous))) & mask) }
            if let beforePrevious { slots.append(Int(fnv(stem.utf8, from: fnv(CollectionOfOne(0x2A), from: beforePrevious))) & mask) }
            beforePrevious = previous
            previous = hash
        }
        return slots
    }

    /// The guess as first written: the scores in an array, the labels sorted by score (highest first, ties in label order).
    private func referenceGuess(_ model: WordModel, _ stems: [String]) -> WordModel.Guess? {
        guard model.labels.count >= 2 else { return nil }
        var scores = model.biases
        var known = 0
        let width = model.labels.count
        for slot in referenceSlots(stems) {
            guard let row = model.row(ofSlot: slot) else { continue }
            known += 1
            for label in 0..<width { scores[label] += Double(model.weights[row * width + label]) }
        }
        guard known > 0 else { return nil }
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        return WordModel.Guess(label: model.labels[order[0]], lead: scores[order[0]] - scores[order[1]])
    }

    private let words = ["tell", "driver", "film", "it", "café", "naïve", "ask", "guard", "go", "x", "staff", "🙂", "stabbin", "ok"]

    func testSlotsAreFNVOfEachStemsUTF8() {
        var random = SeededRandom(seed: 7)
        XCTAssertEqual(WordModel.slots([String]()), [])
        for _ in 0..<300 {
            let stems = (0..<Int(random.next() % 7)).map { _ in words[Int(random.next() % UInt64(words.count))] }
            XCTAssertEqual(WordModel.slots(stems), referenceSlots(stems), "\(stems)")
            var visited: [Int] = []
            WordModel.forEachSlot(stems) { visited.append($0) }
            XCTAssertEqual(visited, referenceSlots(stems), "\(stems)")
        }
    }

    func testGuessFromSlotsIsTheSortedLabelsFirstAndItsLead() {
        var random = SeededRandom(seed: 11)
        let labels = ["a", "b", "c", "none"]
        var examples: [(label: String, stems: [String])] = []
        for _ in 0..<60 {
            let stems = (0..<1 + Int(random.next() % 4)).map { _ in words[Int(random.next() % UInt64(words.count))] }
            examples.append((labels[Int(random.next() % UInt64(labels.count))], stems))
        }
        let model = WordModel(learning: examples)
        for _ in 0..<300 {
            let stems = (0..<Int(random.next() % 6)).map { _ in words[Int(random.next() % UInt64(words.count))] }
            let expected = referenceGuess(model, stems)
            XCTAssertEqual(model.guess(slots: WordModel.slots(stems)), expected, "\(stems)")
            XCTAssertEqual(model.guess(stems), expected, "\(stems)")
        }
        // Two labels that score the same: the one learned first leads, by nothing.
        let tied = WordModel(labels: ["p", "q", "r"], biases: [0.5, 1.0, 1.0], weights: [], seen: [UInt64](repeating: 0, count: WordModel.buckets / 64))
        XCTAssertNil(tied.guess(["anything"]), "no known feature: no guess")
        var seen = [UInt64](repeating: 0, count: WordModel.buckets / 64)
        let slot = WordModel.slots(["tell"])[0]
        seen[slot >> 6] |= 1 << UInt64(slot & 63)
        let one = WordModel(labels: ["p", "q", "r"], biases: [0.5, 1.0, 1.0], weights: [0, 0, 0], seen: seen)
        XCTAssertEqual(one.guess(["tell"]), WordModel.Guess(label: "q", lead: 0))
        XCTAssertEqual(one.guess(["tell"]), referenceGuess(one, ["tell"]))
    }
}
