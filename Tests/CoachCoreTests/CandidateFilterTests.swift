@testable import CoachCore
import XCTest

/// The candidate filter (`PatternIndex.scan` and `candidates`) leaves out a pattern at a word only when it cannot match
/// from there: every required word must come at or after the word the match would start at.
final class CandidateFilterTests: XCTestCase {
    /// On random scripts and messages of several sentences, every pattern that matches from a word its start lists give
    /// it is listed there.
    func testEveryMatchFromAListedStartIsACandidate() {
        var generator = AutomatonReferenceTests.Generator(random: SplitMix(seed: 13))
        var scan = PatternIndex.Scan()
        var listed: [PatternIndex.Candidate] = []
        var matched = 0
        var failures = 0
        for _ in 0..<150 {
            let script = generator.script()
            guard let brain = compile(["main.coach": script.text]).brain else {
                XCTFail("random script does not compile:\n\(script.text)")
                continue
            }
            let index = brain.patterns
            var visited = PatternMarks(patterns: index.patterns.count)
            for _ in 0..<10 {
                let message = (0..<(1 + generator.random.below(4))).map { _ in generator.message() }
                    .joined(separator: generator.chance(50) ? ". " : " ")
                let view = TokenView(Normalizer.normalize(message), vocabulary: index.vocabulary, speller: brain.speller)
                index.scan(view, into: &scan)
                let count = index.candidates(view, &scan, &visited, into: &listed)
                let candidates = Set(listed[..<count].map { [$0.pattern, $0.start] })
                let runner = BacktrackingRunner(index: index, message: view)
                for start in 0..<view.count {
                    for id in Self.starts(index, view, scan, at: start) where runner.longestMatch(id, at: start) != nil {
                        matched += 1
                        if !candidates.contains([Int32(id), Int32(start)]) {
                            failures += 1
                            if failures <= 5 {
                                XCTFail("pattern \(index.patterns[id].source) matches from word \(start) of \"\(message)\" but is not a candidate\n\(script.text)")
                            }
                        }
                    }
                }
            }
        }
        XCTAssertEqual(failures, 0)
        XCTAssertGreaterThan(matched, 1_000, "random patterns match (2,641 when written)")
    }

    /// A pattern whose required word comes only before a word where it could start, or only in a later sentence, is not
    /// a candidate there.
    func testARequiredWordBeforeTheStartOrPastTheSentenceLeavesThePatternOut() {
        let b = brain("""
        start s
        intent call
          pattern: call *2 police
        state s
          say: hi
          on call -> s
        """)
        let index = b.patterns
        var scan = PatternIndex.Scan()
        var visited = PatternMarks(patterns: index.patterns.count)
        var listed: [PatternIndex.Candidate] = []
        for (message, starts) in [("call the police", [0]), ("police please call", []), ("call police then call", [0]),
                                  ("the police, call them", []), ("police call police", [1]),
                                  ("call them. the police", []), ("call them. call the police", [2]),
                                  ("call the police. call them", [0])] {
            let view = TokenView(Normalizer.normalize(message), vocabulary: index.vocabulary, speller: b.speller)
            index.scan(view, into: &scan)
            let count = index.candidates(view, &scan, &visited, into: &listed)
            XCTAssertEqual(listed[..<count].map(\.start), starts.map(Int32.init), message)
        }
    }

    /// Past the 254th word, where `Scan.mark` no longer tells words apart, a pattern is listed wherever its words come
    /// past the 254th too (even before it: the last "call" below), and still not where one comes only before the 254th.
    func testWordsOfALongMessage() {
        let b = brain("""
        start s
        intent call
          pattern: call *2 police
        state s
          say: hi
          on call -> s
        """)
        let index = b.patterns
        var scan = PatternIndex.Scan()
        var visited = PatternMarks(patterns: index.patterns.count)
        var listed: [PatternIndex.Candidate] = []
        let filler = Array(repeating: "then", count: 300).joined(separator: " ")
        for (message, starts, hit) in [("\(filler) call the police", [300], true), ("police \(filler) call", [], false),
                                       ("call \(filler) call police call", [0, 301, 303], true)] {
            let view = TokenView(Normalizer.normalize(message), vocabulary: index.vocabulary, speller: b.speller)
            index.scan(view, into: &scan)
            let count = index.candidates(view, &scan, &visited, into: &listed)
            XCTAssertEqual(listed[..<count].map(\.start), starts.map(Int32.init), String(message.suffix(30)))
            let analysis = b.analyze(message)
            XCTAssertEqual(analysis.hit(b.intentID("call")!) != nil, hit, String(message.suffix(30)))
        }
    }

    /// The patterns whose start lists hold word `position` of the message (its id's, and its beginnings').
    static func starts(_ index: PatternIndex, _ view: TokenView, _ scan: PatternIndex.Scan, at position: Int) -> Set<Int> {
        var ids = Set<Int>()
        let id = view.ids[position]
        if id >= 0 { for k in index.byFirstID.range(Int(id)) { ids.insert(Int(index.byFirstID.items[k])) } }
        for k in scan.prefixHits.range(position) {
            let list = index.prefixStarts.range(Int(scan.prefixHits.items[k]))
            for n in list { ids.insert(Int(index.prefixStarts.items[n])) }
        }
        return ids
    }
}
