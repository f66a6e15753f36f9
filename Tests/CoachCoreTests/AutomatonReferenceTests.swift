import CoachCore
import XCTest

/// The one-scan pattern index and backtracking runner against `ReferenceMatcher` on random scripts and
/// random messages drawn from one small vocabulary: the same intents must match with the same scores.
final class AutomatonReferenceTests: XCTestCase {
    /// Words with stems that collide on purpose ("kicked"/"kick", "knives"/"knife").
    static let words = ["knife", "knives", "gun", "man", "men", "hit", "kick", "kicked", "red", "big", "run", "running",
                        "bag", "car", "dog", "he", "she", "stab", "stabbed", "stabbing", "her", "his", "bike", "biking", "1999"]
    static let prefixes = ["sta", "kic", "run", "kni", "bike", "19"]
    static let messageExtras = ["the", "a", ".", ",", "and", "?", "not", "never"]

    struct RandomIntent {
        var name: String
        var keywords: [[RefElement]]
        var patterns: [[RefElement]]
        var unless: [[RefElement]]
        var notIn: [String] = []
        var onlyIn: [String] = []
    }

    struct RandomFrame {
        var name: String
        /// "clause", "sentence", "message", "rest of clause" or "rest of sentence".
        var scope: String
        var keywords: [[RefElement]]
        var unless: [[RefElement]]
    }

    struct RandomScript {
        var concepts: [(name: String, members: [[RefElement]])] = []
        var frames: [RandomFrame] = []
        var intents: [RandomIntent] = []

        var text: String {
            var lines = ["start s"]
            for concept in concepts {
                lines.append("concept \(concept.name): " + concept.members.map(RefElement.text).joined(separator: ", "))
            }
            for frame in frames {
                lines += ["frame \(frame.name)", "  scope: \(frame.scope)", "  keywords: " + frame.keywords.map(RefElement.text).joined(separator: ", ")]
                if !frame.unless.isEmpty { lines.append("  unless: " + frame.unless.map(RefElement.text).joined(separator: ", ")) }
            }
            for intent in intents {
                lines.append("intent \(intent.name)")
                lines.append("  negation: ignore")
                if !intent.keywords.isEmpty { lines.append("  keywords: " + intent.keywords.map(RefElement.text).joined(separator: ", ")) }
                for pattern in intent.patterns { lines.append("  pattern: " + RefElement.text(pattern)) }
                if !intent.unless.isEmpty { lines.append("  unless: " + intent.unless.map(RefElement.text).joined(separator: ", ")) }
                if !intent.notIn.isEmpty { lines.append("  not in: " + intent.notIn.joined(separator: ", ")) }
                if !intent.onlyIn.isEmpty { lines.append("  only in: " + intent.onlyIn.joined(separator: ", ")) }
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
                    switch random.below(8) {
                    case 6: members.append([.word(pick(AutomatonReferenceTests.words)), .gap(1 + random.below(2)),
                                            .word(pick(AutomatonReferenceTests.words))])
                    case 5: members.append([.exact(pick(AutomatonReferenceTests.words))])
                    case 0: members.append([.word(pick(AutomatonReferenceTests.words)), .word(pick(AutomatonReferenceTests.words))])
                    case 1: members.append([.prefix(pick(AutomatonReferenceTests.prefixes))])
                    case 2 where c > 0: members.append([.concept("c\(random.below(c))")])
                    case 3 where c > 0: members.append([.concept("c\(random.below(c))"), .word(pick(AutomatonReferenceTests.words))])
                    case 4: members.append([.not(.word(pick(AutomatonReferenceTests.words))), .word(pick(AutomatonReferenceTests.words))])
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
                script.intents.append(RandomIntent(name: "i\(i)", keywords: keywords, patterns: patterns, unless: unless))
            }
            return script
        }

        /// Adds frames of random scopes, and `not in:` / `only in:` lines naming them.
        mutating func addFrames(to script: inout RandomScript) {
            let conceptNames = script.concepts.map(\.name)
            for f in 0..<(1 + random.below(2)) {
                let keywords = (0..<(1 + random.below(2))).map { _ in pattern(conceptNames) }
                let unless = chance(25) ? [pattern(conceptNames)] : []
                script.frames.append(RandomFrame(name: "f\(f)", scope: pick(["clause", "sentence", "message", "rest of clause", "rest of sentence"]), keywords: keywords, unless: unless))
            }
            let names = script.frames.map(\.name)
            for i in script.intents.indices {
                if chance(50) { script.intents[i].notIn = [pick(names)] }
                if chance(30) { script.intents[i].onlyIn = Array(Set([pick(names), pick(names)])).sorted() }
            }
        }

        /// A word, a word beginning, or a concept.
        mutating func single(_ concepts: [String]) -> RefElement {
            switch random.below(11) {
            case 0: return .prefix(pick(AutomatonReferenceTests.prefixes))
            case 10: return .exact(pick(AutomatonReferenceTests.words))
            case 1, 2, 3: return .concept(pick(concepts))
            default: return .word(pick(AutomatonReferenceTests.words))
            }
        }

        /// What `!` applies to: a word, a concept (with phrases), or a choice of words and phrases.
        mutating func negatable(_ concepts: [String]) -> RefElement {
            switch random.below(10) {
            case 0, 1, 2: return .concept(pick(concepts))
            case 3, 4: return .alternatives([[.word(pick(AutomatonReferenceTests.words))],
                                             [.word(pick(AutomatonReferenceTests.words)), .word(pick(AutomatonReferenceTests.words))]])
            default: return .word(pick(AutomatonReferenceTests.words))
            }
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
            if chance(5) { elements.append(.start) }
            if chance(15) { elements.append(.not(negatable(concepts))) }
            if chance(15) { elements.append(.optional([single(concepts)])) }
            elements.append(consuming(concepts))
            for _ in 0..<random.below(4) {
                switch random.below(8) {
                case 0: elements.append(.gap(1 + random.below(4)))
                case 1: elements.append(.optional([consuming(concepts)]))
                case 2: elements.append(.not(negatable(concepts)))
                default: elements.append(consuming(concepts))
                }
            }
            if chance(5) { elements.append(.end) }
            return elements
        }

        mutating func message() -> String {
            (0..<(1 + random.below(10))).map { _ in
                chance(25) ? pick(AutomatonReferenceTests.messageExtras) : pick(AutomatonReferenceTests.words)
            }.joined(separator: " ")
        }
    }

    /// Each intent's score by the reference: the longest match at each word, unless an exclusion overlaps it,
    /// a `not in:` frame reaches it, or none of its `only in:` frames does.
    static func referenceScores(_ script: RandomScript, _ message: String) -> [String: Int] {
        let reference = ReferenceMatcher(concepts: script.conceptTable, message: message)
        let tokens = reference.tokens
        var frameHits: [String: [Range<Int>]] = [:]
        for frame in script.frames {
            let excluded = frame.unless.flatMap { reference.longestMatches($0) }
            frameHits[frame.name] = frame.keywords.flatMap { reference.longestMatches($0) }.filter { hit in !excluded.contains { $0.overlaps(hit) } }
        }
        /// Whether a hit of frame `name` reaches the words `range`.
        func reaches(_ name: String, _ range: Range<Int>) -> Bool {
            let scope = script.frames.first { $0.name == name }!.scope
            return frameHits[name]!.contains { hit in
                switch scope {
                case "message": return true
                case "rest of clause":
                    return hit.lowerBound <= range.lowerBound && tokens[hit.lowerBound].clause == tokens[range.lowerBound].clause
                case "rest of sentence":
                    return hit.lowerBound <= range.lowerBound && tokens[hit.lowerBound].sentence == tokens[range.lowerBound].sentence
                case "sentence": return tokens[hit].contains { a in tokens[range].contains { $0.sentence == a.sentence } }
                default: return tokens[hit].contains { a in tokens[range].contains { $0.clause == a.clause } }
                }
            }
        }
        var scores: [String: Int] = [:]
        for intent in script.intents {
            let excluded = intent.unless.flatMap { reference.longestMatches($0) }
            for pattern in intent.keywords + intent.patterns {
                for range in reference.longestMatches(pattern) where !excluded.contains(where: { $0.overlaps(range) }) {
                    if intent.notIn.contains(where: { reaches($0, range) }) { continue }
                    if !intent.onlyIn.isEmpty, !intent.onlyIn.contains(where: { reaches($0, range) }) { continue }
                    scores[intent.name] = max(scores[intent.name] ?? 0, max(1, range.count))
                }
            }
        }
        return scores
    }

    func testRandomScriptsAgreeWithTheReference() {
        compare(seed: 8, scripts: 150, withFrames: false)
    }

    func testRandomFramesAgreeWithTheReference() {
        compare(seed: 9, scripts: 100, withFrames: true)
    }

    func compare(seed: UInt64, scripts: Int, withFrames: Bool) {
        var generator = Generator(random: SplitMix(seed: seed))
        var compared = 0
        var failures = 0
        var matched = 0
        for _ in 0..<scripts {
            var script = generator.script()
            if withFrames { generator.addFrames(to: &script) }
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
        XCTAssertEqual(compared, scripts * 25)
        XCTAssertGreaterThan(matched, compared / 4, "many random messages should match something")
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
