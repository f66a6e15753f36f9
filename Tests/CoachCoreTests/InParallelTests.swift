@testable import CoachCore
import XCTest

/// `inParallel` runs both halves, each once, and returns their results in order.
final class InParallelTests: XCTestCase {
    func testBothHalvesRunOnceAndReturnInOrder() {
        for _ in 0..<100 {
            let (words, total) = inParallel({ ["a", "b"].joined() }, { (1...100).reduce(0, +) })
            XCTAssertEqual(words, "ab")
            XCTAssertEqual(total, 5050)
        }
        let (none, some): (Int?, Int?) = inParallel({ nil }, { 3 })
        XCTAssertNil(none)
        XCTAssertEqual(some, 3)
    }
}
