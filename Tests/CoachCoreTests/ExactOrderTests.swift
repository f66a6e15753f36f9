@testable import CoachCore
import CoachFiles
import XCTest

/// A concept's exact members ("training") live in a set, whose order follows the process's hash seed. Wherever that
/// order reaches the index (the numbering of word beginnings, the program's string table) it would change the order
/// candidates are found in, and with it which of two equal pieces of evidence `coach match` and `--trace` name. So the
/// exact members are laid out in byte order, the same in every process.
final class ExactOrderTests: XCTestCase {
    func testExactMembersAreInByteOrderInTheIndexAndTheProgram() {
        let dialogues = BrainArchiveTests.root.appendingPathComponent("Dialogues").path
        guard let builtIn = DialogueDirectory(path: dialogues).load().brain else { return XCTFail("built-in dialogues have errors") }
        let small = brain("""
            concept word: "zebra", "apple", "mango", "banana", knif*
            intent any
              pattern: ~word
            start s
            state s
              say: hi
              on any -> s
            """)
        var checked = 0
        for index in [small.patterns, builtIn.patterns] {
            for concept in index.concepts where concept.exacts.count > 1 {
                // The starts are the beginnings, then the exact members, then what longer members start with.
                let exacts = Array(concept.firstPrefixes[concept.prefixes.count..<(concept.prefixes.count + concept.exacts.count)])
                XCTAssertEqual(exacts, concept.sortedExacts, concept.name)
                checked += 1
            }
            let program = index.program
            for c in 0..<program.conceptCount {
                let words = (Int(program.conceptExactStart[c])..<Int(program.conceptExactStart[c + 1])).map { k -> [UInt8] in
                    let n = Int(program.conceptExacts[k])
                    return Array(program.bytes[Int(program.stringStart[n])..<Int(program.stringStart[n + 1])])
                }
                XCTAssertEqual(words, words.sorted { $0.lexicographicallyPrecedes($1) }, "concept \(c)")
            }
        }
        XCTAssertGreaterThan(checked, 1)
        XCTAssertEqual(small.patterns.concepts.first { $0.name == "word" }?.sortedExacts.map { String(decoding: $0, as: UTF8.self) },
                       ["apple", "banana", "mango", "zebra"])
    }
}
