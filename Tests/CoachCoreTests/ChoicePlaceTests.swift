@testable import CoachCore
import XCTest

/// A choice named by its place in the list, as people type it.
final class ChoicePlaceTests: XCTestCase {
    private func place(_ answer: String, of count: Int = 4) -> Int? {
        ChoiceMatcher.byPlace(Normalizer.normalize(answer), count: count)
    }

    func testNumbersNumberWordsAndOrdinals() {
        XCTAssertEqual(place("2"), 1)
        XCTAssertEqual(place("option 2"), 1)
        XCTAssertEqual(place("number two"), 1)
        XCTAssertEqual(place("the second one"), 1)
        XCTAssertEqual(place("2nd"), 1)
        XCTAssertEqual(place("3rd one please"), 2)
        XCTAssertEqual(place("first"), 0)
        XCTAssertEqual(place("option four"), 3)
    }

    func testTheEndsOfTheList() {
        XCTAssertEqual(place("the last one"), 3)
        XCTAssertEqual(place("last option", of: 2), 1)
        XCTAssertEqual(place("the top one"), 0)
    }

    func testOutOfRangeOrMoreThanAPlaceIsNoChoice() {
        XCTAssertNil(place("5"))
        XCTAssertNil(place("fifth"))
        XCTAssertNil(place("0"))
        XCTAssertNil(place("option"))
        XCTAssertNil(place("one two"))
        XCTAssertNil(place("the second one is better than the first"))
        XCTAssertNil(place("no one"), "'no one' names nobody, not the first choice")
        XCTAssertNil(place("first he shoved her"))
        XCTAssertNil(place("11th"))
    }

    func testCountsAndTimeAreNoPlace() {
        XCTAssertNil(place("one"), "one person, to 'is anyone still hurt?'")
        XCTAssertNil(place("two"))
        XCTAssertNil(place("a second"), "hang on a second")
        XCTAssertNil(place("second"))
        XCTAssertEqual(place("second option"), 1)
        XCTAssertEqual(place("number one"), 0)
    }
}
