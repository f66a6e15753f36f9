import CoachCore
import XCTest

/// The one-scan pattern index and backtracking runner against `ReferenceMatcher` on random scripts and
/// random messages drawn from one small vocabulary: the same intents must match with the same scores.
final class AutomatonReferenceTests: XCTestCase {
    /// Words with stems that collide on purpose ("kicked"/"kick", "knives"/"knife").
    static let words = ["knife", "knives", "gun", "man", "men", "hit", "kick", "kicked", "red", "big", "run", "running",
                        "bag", "car", "dog", "he", "she", "stab", "stabbed", "stabbing", "her", "his"]
    static let prefixes = ["sta", "kic", "run", "kni"]
    static let messageExtras = ["the", "a", ".", ",", "and", "?"]

    struct RandomScript {
        var concepts: [(name: String, members: [[RefElement]])] = []
        var intents: [(name: String, keywords: [[RefElement]], patterns: [[RefElement]], unless: [[RefElement]])] = []

        var text: String {
            var lines = ["start s"]
            for concept in concepts {
                lines.append("concept \(concept.name): " + concept.members.map(RefElement.text).joined(separator: ", "))
            }
            for intent in intents {
                lines.append("intent \(intent.name)")
                lines.append("  negation: ignore")
                if !intent.keywords.isEmpty { lines.append("  keywords: " + intent.keywords.map(RefElement.text).joined(separator: ", ")) }
                for pattern in intent.patterns { lines.append("  pattern: " + RefElement.text(pattern)) }
                if !intent.unless.isEmpty { lines.append("  unless: " + intent.unless.map(RefElement.text).joined(separator: ", ")) }
            }
            lines += ["state s", "  say: hi", "  on " + intents.map(\.name).joined(separator: ", ") + " -> s"]
            return lines.joined(separator: "\n") + "\n"
        }

        var conceptTable: [String: [[RefElement]]] { Dictionary(uniqueKeysWithValues: concepts.map { ($0.name, $0.members) }) }
    }

    struct Generator {
        var random: SplitMix

        mutating func pick<T>(_ items: [T]) -> T { items[random.below(items.count)] }
        mutating func chance(_ percent: Int) -> Bool { random.below(100) < percent }

        mutating func script() -> RandomScript {
            var script = RandomScript()
            for c in 0..<(1 + random.below(3)) {
                var members: [[RefElement]] = []
                for _ in 0..<(1 + random.below(4)) {
                    switch random.below(6) {
                    case 0: members.append([.word(pick(AutomatonReferenceTests.words)), .word(pick(AutomatonReferenceTests.words))])
                    case 1: members.append([.prefix(pick(AutomatonReferenceTests.prefixes))])
                    case 2 where c > 0: members.append([.concept("c\(random.below(c))")])
                    case 3 where c > 0: members.append([.concept("c\(random.below(c))"), .word(pick(AutomatonReferenceTests.words))])
                    default: members.append([.word(pick(AutomatonReferenceTests.words))])
                    }
                }
                script.concepts.append(("c\(c)", members))
            }
            let conceptNames = script.concepts.map(\.name)
            // Declared in a random order, so a concept often uses one declared after it.
            for i in script.concepts.indices.reversed() { script.concepts.swapAt(i, random.below(i + 1)) }
            for i in 0..<(1 + random.below(4)) {
                let keywords = (0..<random.below(3)).map { _ in pattern(conceptNames) }
                var patterns = (0..<random.below(3)).map { _ in pattern(conceptNames) }
                if keywords.isEmpty && patterns.isEmpty { patterns = [pattern(conceptNames)] }
                let unless = chance(25) ? [pattern(conceptNames)] : []
                script.intents.append(("i\(i)", keywords, patterns, unless))
            }
            return script
        }

        /// A word, a word beginning, or a concept.
        mutating func single(_ concepts: [String]) -> RefElement {
            switch random.below(10) {
            case 0: return .prefix(pick(AutomatonReferenceTests.prefixes))
            case 1, 2, 3: return .concept(pick(concepts))
            default: return .word(pick(AutomatonReferenceTests.words))
            }
        }

        /// What `!` may apply to: one word, or a choice of single words.
        mutating func negatable() -> RefElement {
            chance(70) ? .word(pick(AutomatonReferenceTests.words))
                : .alternatives([[.word(pick(AutomatonReferenceTests.words))], [.word(pick(AutomatonReferenceTests.words))]])
        }

        mutating func consuming(_ concepts: [String]) -> RefElement {
            if chance(20) {
                return .alternatives((0..<(2 + random.below(2))).map { _ in
                    chance(70) ? [single(concepts)] : [single(concepts), single(concepts)]
                })
            }
            return single(concepts)
        }

        /// A pattern that starts with a word it must match (after an optional `!x` or optional words).
        mutating func pattern(_ concepts: [String]) -> [RefElement] {
            var elements: [RefElement] = []
            if chance(15) { elements.append(.not(negatable())) }
            if chance(15) { elements.append(.optional([single(concepts)])) }
            elements.append(consuming(concepts))
            for _ in 0..<random.below(4) {
                switch random.below(8) {
                case 0: elements.append(.gap(1 + random.below(4)))
                case 1: elements.append(.optional([consuming(concepts)]))
                case 2: elements.append(.not(negatable()))
                default: elements.append(consuming(concepts))
                }
            }
            return elements
        }

        mutating func message() -> String {
            (0..<(1 + random.below(10))).map { _ in
                chance(25) ? pick(AutomatonReferenceTests.messageExtras) : pick(AutomatonReferenceTests.words)
            }.joined(separator: " ")
        }
    }

    /// Each intent's score by the reference: the longest match at each word, unless an exclusion overlaps it.
    static func referenceScores(_ script: RandomScript, _ message: String) -> [String: Int] {
        let reference = ReferenceMatcher(concepts: script.conceptTable, message: message)
        var scores: [String: Int] = [:]
        for intent in script.intents {
            let excluded = intent.unless.flatMap { reference.longestMatches($0) }
            for pattern in intent.keywords + intent.patterns {
                for range in reference.longestMatches(pattern) where !excluded.contains(where: { $0.overlaps(range) }) {
                    scores[intent.name] = max(scores[intent.name] ?? 0, max(1, range.count))
                }
            }
        }
        return scores
    }

    func testRandomScriptsAgreeWithTheReference() {
        var generator = Generator(random: SplitMix(seed: 8))
        var compared = 0
        var failures = 0
        var matched = 0
        for _ in 0..<150 {
            let script = generator.script()
            let compiled = compile(["main.coach": script.text])
            guard let brain = compiled.brain else {
                XCTFail("random script does not compile:\n\(script.text)\n\(compiled.diagnostics.map(\.message))")
                continue
            }
            for _ in 0..<25 {
                let message = generator.message()
                let expected = Self.referenceScores(script, message)
                let analysis = brain.analyze(message)
                let actual = Dictionary(uniqueKeysWithValues: analysis.hits.values.map { (brain.intents[$0.intent].name, $0.score) })
                compared += 1
                if !expected.isEmpty { matched += 1 }
                if actual != expected {
                    failures += 1
                    if failures <= 5 { XCTFail("message \"\(message)\": expected \(expected), got \(actual)\nscript:\n\(script.text)") }
                }
            }
        }
        XCTAssertEqual(failures, 0, "of \(compared) messages")
        XCTAssertEqual(compared, 3750)
        XCTAssertGreaterThan(matched, compared / 3, "most random messages should match something")
    }
}

/// A small seeded generator (SplitMix64), so every run tries the same cases.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
