@testable import CoachCore
import XCTest

/// The flat position-set runner against the closure backtracker, pattern by pattern and word by word,
/// on random scripts and long messages of several sentences; and the byte-level word tables.
final class PositionRunnerTests: XCTestCase {
    func testPositionRunnerAgreesWithTheBacktracker() {
        var generator = AutomatonReferenceTests.Generator(random: SplitMix(seed: 21))
        var compared = 0
        var matched = 0
        var failures = 0
        // One memory for every message of every script, as a workspace keeps it: each runner must give it back clean.
        var memory = RunnerMemory()
        for _ in 0..<150 {
            let script = generator.script()
            guard let brain = compile(["main.coach": script.text]).brain else {
                XCTFail("random script does not compile:\n\(script.text)")
                continue
            }
            let index = brain.patterns
            for _ in 0..<10 {
                // Several sentences, so matches and look-behinds meet sentence ends.
                let message = (0..<(1 + generator.random.below(4))).map { _ in generator.message() }.joined(separator: generator.chance(50) ? ". " : " ")
                let view = TokenView(Normalizer.normalize(message).tokens, vocabulary: index.vocabulary, speller: brain.speller)
                var fast = PositionRunner(program: index.program, message: view, memory: &memory)
                defer { fast.giveBack(to: &memory) }
                let slow = BacktrackingRunner(index: index, message: view)
                for id in index.patterns.indices {
                    let sequence = index.program.patternSequence[id]
                    XCTAssertGreaterThanOrEqual(sequence, 0, "random patterns are short")
                    for start in 0..<view.count {
                        let expected = slow.longestMatch(id, at: start)
                        let actual = fast.longestMatch(sequence: sequence, at: start)
                        compared += 1
                        if expected != nil { matched += 1 }
                        if expected != actual {
                            failures += 1
                            if failures <= 5 {
                                XCTFail("pattern \(index.patterns[id].source) at word \(start) of \"\(message)\": expected \(String(describing: expected)), got \(String(describing: actual))\n\(script.text)")
                            }
                        }
                    }
                }
            }
        }
        XCTAssertEqual(failures, 0, "of \(compared) pattern starts")
        XCTAssertGreaterThan(matched, compared / 50, "some random patterns should match")
    }

    func testPatternsTooLongForPositionsRunOnTheBacktracker() {
        let b = longAndShortPatternBrain(last: "knife")
        XCTAssertEqual(b.patterns.program.patternSequence, [-1, 0])
        let message = "gun " + (0..<8).map { _ in "x y z knife" }.joined(separator: " ")
        XCTAssertEqual(b.analyze(message).hit(b.intentID("long")!)?.score, 33)
        XCTAssertEqual(b.analyze(message).hit(b.intentID("short")!)?.score, 5)
    }

    /// A script of more than 8,192 patterns (where the per-message state was once a hash map): same answers.
    func testAScriptWithManyPatterns() {
        let count = 8_192 / 2 + 10
        var lines = ["start s"]
        for i in 0..<count {
            lines += ["intent i\(i)", "  keywords: zq\(i), zq\(i) yes", "  pattern: zq\(i) *2 zz"]
        }
        lines += ["state s", "  say: hi", "  on " + (0..<count).map { "i\($0)" }.joined(separator: ", ") + " -> s"]
        let b = brain(lines.joined(separator: "\n") + "\n")
        XCTAssertGreaterThan(b.patterns.patterns.count, 8_192)
        let analysis = b.analyze("zq7 yes and zq2049 then zz, zq3")
        let scores = Dictionary(uniqueKeysWithValues: analysis.hits.values.map { (b.intents[$0.intent].name, $0.score) })
        XCTAssertEqual(scores, ["i7": 2, "i2049": 3, "i3": 1])
    }

    func testKnownWordsSortedOrNotWithEmptyLines() {
        let words = ["apple", "app", "banana", "band", "can", "cannot"]
        for text in [words.sorted().joined(separator: "\n") + "\n", words.joined(separator: "\n\n"), "zebra\n" + words.joined(separator: "\n")] {
            let known = KnownWords(sortedLines: text)
            for word in words { XCTAssertTrue(known.contains(Array(word.utf8)), "\(word) in \(text.debugDescription)") }
            for word in ["ap", "apples", "bananas", "", "zzz"] { XCTAssertFalse(known.contains(Array(word.utf8)), word) }
        }
    }

    func testByteTableFindsWhatWasInsertedAcrossGrowth() {
        var table = ByteTable<Int>()
        for i in 0..<1_000 { XCTAssertEqual(table.insert(Array("w\(i)".utf8), i), i) }
        XCTAssertEqual(table.insert(Array("w7".utf8), 99), 7, "an existing key keeps its entry")
        for i in 0..<1_000 { XCTAssertEqual(table.find(Array("w\(i)".utf8)), i) }
        XCTAssertNil(table.find(Array("w1000".utf8)))
        XCTAssertNil(table.find([UInt8]()))
        table.set(Array("w7".utf8), 70)
        XCTAssertEqual(table.find("w7".utf8), 70)
        XCTAssertEqual(table.count, 1_000)
    }

    /// What one message marks reads as 0 in the next, also when the marks reach their limit and the array is cleared.
    func testPatternMarksStartEveryMessageUnset() {
        for limit in [UInt32.max, 40] {
            var marks = PatternMarks(patterns: 10, limit: limit)
            for message in 0..<30 {
                marks.begin(largest: 7)
                XCTAssertEqual((0..<10).map { marks[$0] }, Array(repeating: 0, count: 10), "message \(message), limit \(limit)")
                marks[3] = 7
                marks[message % 10] = 2
                XCTAssertEqual(marks[3], message % 10 == 3 ? 2 : 7)
                XCTAssertEqual(marks[message % 10], 2)
                XCTAssertEqual(marks[(message + 1) % 10 == 3 ? 4 : (message + 1) % 10], 0)
            }
        }
    }

    /// A message's marks set and read through `PatternMarks.View` are those the subscript sets and reads.
    func testPatternMarksViewIsTheSubscript() {
        for limit in [UInt32.max, 40] {
            var marks = PatternMarks(patterns: 10, limit: limit)
            for message in 0..<30 {
                marks.begin(largest: 7)
                marks.withView { view in
                    XCTAssertEqual((0..<10).map { view[$0] }, Array(repeating: 0, count: 10), "message \(message), limit \(limit)")
                    view[message % 10] = 5
                }
                marks[(message + 3) % 10] = 6
                XCTAssertEqual(marks[message % 10], 5)
                marks.withView { view in XCTAssertEqual(view[(message + 3) % 10], 6) }
            }
        }
    }

    /// The byte-level stemmer against the rules as first written, over every word of the known-words list.
    func testStemmerAgreesWithTheStringRulesOnEveryKnownWord() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Dialogues/words/english.words").path
        let words = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertGreaterThan(words.count, 10_000)
        var differences: [String] = []
        for word in words + ["knives", "ponies", "tied", "hissing", "stabbed", "running", "caresses", "bus", "this", "café", "ies", "eed"] {
            let expected = Self.referenceStem(word)
            let actual = Stemmer.stem(word)
            if expected != actual { differences.append("\(word): \(expected) != \(actual)") }
        }
        XCTAssertEqual(differences.prefix(10), [])
    }

    func testWordInfoKnowsTheLexicon() {
        XCTAssertEqual(Lexicon.wordInfo.find("the".utf8)?.isArticle, true)
        XCTAssertEqual(Lexicon.wordInfo.find("but".utf8)?.isClauseWord, true)
        XCTAssertEqual(Lexicon.wordInfo.find("never".utf8)?.isNegationCue, true)
        XCTAssertEqual(Lexicon.wordInfo.find("dont".utf8)?.expansion, ["do", "not"])
        XCTAssertEqual(Lexicon.wordInfo.find("men".utf8)?.irregularStem, "man")
        XCTAssertNil(Lexicon.wordInfo.find("knife".utf8))
        // "no" is a negation cue and "now" a clause word; neither is anything else.
        XCTAssertEqual(Lexicon.wordInfo.find("no".utf8)?.isClauseWord, false)
        XCTAssertEqual(Lexicon.wordInfo.find("now".utf8)?.isNegationCue, false)
        XCTAssertEqual(Lexicon.wordInfo.find("he".utf8)?.kinds, [.negationStopper])
        for (words, kind) in [(Lexicon.negationStoppers, WordKinds.negationStopper), (Lexicon.negationTransparent, .negationTransparent),
                              (Lexicon.nonNegatingBeforeNo, .makesNoNonNegating), (Lexicon.fillers, .filler), (Lexicon.stopwords, .stopword),
                              (Set(Lexicon.negationCues.keys), .negationCue)] {
            for word in words {
                XCTAssertEqual(Lexicon.wordInfo.find(word.utf8)?.kinds.contains(kind), true, word)
                XCTAssertEqual(Normalizer.normalize(word).tokens.first?.kinds.contains(kind) ?? true, true, word)
            }
        }
    }

    /// The general stemming rules as they were written over `[UInt8]` arrays (irregular forms first).
    static func referenceStem(_ word: String) -> String {
        if let known = Stemmer.irregularStems[word] { return known }
        var w = Array(word.utf8)
        func ends(_ s: String) -> Bool { w.count >= s.utf8.count && Array(w.suffix(s.utf8.count)) == Array(s.utf8) }
        func hasVowel(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.contains { "aeiouy".utf8.contains($0) } }
        func undouble() {
            guard w.count >= 3 else { return }
            let last = w[w.count - 1]
            if last == w[w.count - 2], !"lsfzaeiou".utf8.contains(last) { w.removeLast() }
        }
        guard w.count > 3, w.allSatisfy({ $0 < 0x80 }) else { return word }
        if (ends("ies") || ends("ied")), w.count > 4 {
            w.removeLast(3); w.append(UInt8(ascii: "y"))
        } else if ends("sses") {
            w.removeLast(2)
        } else if w.last == UInt8(ascii: "s"), !ends("ss"), !ends("us"), !ends("is") {
            w.removeLast()
        }
        if ends("ing"), hasVowel(w.dropLast(3)), w.count > 4 {
            w.removeLast(3); undouble()
        } else if ends("ed"), !ends("eed"), hasVowel(w.dropLast(2)), w.count > 3 {
            w.removeLast(2); undouble()
        }
        if w.count > 3, w.last == UInt8(ascii: "e") { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }
}
