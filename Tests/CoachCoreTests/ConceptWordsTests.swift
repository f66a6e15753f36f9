@testable import CoachCore
import CoachFiles
import XCTest

/// A concept's exact words and beginnings by first byte (`ConceptWords`) against a plain filter of all of them: on a
/// small script with an empty beginning, and on every concept of the built-in dialogues at every byte.
final class ConceptWordsTests: XCTestCase {
    func testEveryListHoldsExactlyTheMembersThatBeginWithItsByte() {
        let small = brain("""
            concept weapon: knif*, "blazing", blade, gun*, "bat", g*
            intent armed
              pattern: ~weapon
            start s
            state s
              say: hi
              on armed -> s
            """)
        let dialogues = BrainArchiveTests.root.appendingPathComponent("Dialogues").path
        guard let builtIn = DialogueDirectory(path: dialogues).load().brain else { return XCTFail("built-in dialogues have errors") }
        for program in [small.patterns.program, builtIn.patterns.program] {
            var listed = 0
            for c in 0..<program.conceptCount {
                for byte in UInt8.min...UInt8.max {
                    let actual = program.conceptWords.range(c, byte).map { program.conceptWords.lists.items[$0] }
                    XCTAssertEqual(Set(actual), Self.reference(program, c, byte), "concept \(c), byte \(byte)")
                    XCTAssertEqual(actual.count, Set(actual).count, "concept \(c), byte \(byte): no member twice")
                    listed += actual.count
                }
            }
            XCTAssertGreaterThan(listed, 0)
        }
    }

    /// Every exact word (`n`) and beginning (`~n`) of concept `c` that could match a word beginning with `byte`.
    static func reference(_ program: PatternProgram, _ c: Int, _ byte: UInt8) -> Set<Int32> {
        func bytes(_ n: Int32) -> Slice<StoredArray<UInt8>> {
            program.bytes[Int(program.stringStart[Int(n)])..<Int(program.stringStart[Int(n) + 1])]
        }
        var members = Set<Int32>()
        for k in Int(program.conceptExactStart[c])..<Int(program.conceptExactStart[c + 1]) where bytes(program.conceptExacts[k]).first == byte {
            members.insert(program.conceptExacts[k])
        }
        for k in Int(program.conceptPrefixStart[c])..<Int(program.conceptPrefixStart[c + 1]) {
            let first = bytes(program.conceptPrefixes[k]).first
            if first == nil || first == byte { members.insert(~program.conceptPrefixes[k]) }
        }
        return members
    }
}
