@testable import CoachServer
import XCTest

/// Replies fit Twilio's (and WhatsApp's) limits: 1,600 characters a message, 10 messages a reply.
final class TwilioMessagesTests: XCTestCase {
    func testShortRepliesStayOneMessage() {
        XCTAssertEqual(TwilioMessages.fit(["Hello.", "Where are you?\n1. At work"]), ["Hello.\n\nWhere are you?\n1. At work"])
        XCTAssertEqual(TwilioMessages.fit([]), [])
    }

    func testLongRepliesAreSplitAtPartsThenAtSpaces() {
        let a = String(repeating: "a", count: 1_000), b = String(repeating: "b", count: 1_000)
        XCTAssertEqual(TwilioMessages.fit([a, b]), [a, b])
        let words = Array(repeating: "word", count: 500).joined(separator: " ")  // 2,499 characters
        let fitted = TwilioMessages.fit([words])
        XCTAssertEqual(fitted.count, 2)
        XCTAssertTrue(fitted.allSatisfy { $0.utf16.count <= 1_600 && !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
        XCTAssertEqual(fitted.joined(separator: " "), words)
        XCTAssertEqual(TwilioMessages.fit(Array(repeating: a, count: 12)).count, 10)
        XCTAssertEqual(TwilioMessages.fit([String(repeating: "é", count: 1_601)]).map(\.count), [1_600, 1])
    }
}
