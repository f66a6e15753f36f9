import Foundation
import XCTest
import CoachStore

final class MemorySessionStoreTests: XCTestCase {
    func testRoundTrips() throws {
        let store = MemorySessionStore()
        try store.save("a", Data(utf8: "1"))
        try store.save("b", Data(utf8: "2"))
        try store.save("a", Data(utf8: "3"))
        try store.erase("b")
        try store.erase("never saved")
        XCTAssertEqual(store.load("a"), Data(utf8: "3"))
        XCTAssertNil(store.load("b"))
        XCTAssertEqual(store.count, 1)
        try store.close()
    }
}
