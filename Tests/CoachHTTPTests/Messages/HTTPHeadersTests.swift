import XCTest
@testable import CoachHTTP

final class HTTPHeadersTests: XCTestCase {
    static let headers = HTTPHeaders([("Content-Type", "text/plain"), ("X-Tag", "a"), ("x-tag", "b")])

    struct Case {
        var name: String
        var lookup: String
        var first: String?
        var all: [String]
    }

    static let cases: [Case] = [
        Case(name: "exact case", lookup: "Content-Type", first: "text/plain", all: ["text/plain"]),
        Case(name: "lower case", lookup: "content-type", first: "text/plain", all: ["text/plain"]),
        Case(name: "upper case", lookup: "CONTENT-TYPE", first: "text/plain", all: ["text/plain"]),
        Case(name: "repeated field, first wins", lookup: "X-TAG", first: "a", all: ["a", "b"]),
        Case(name: "absent", lookup: "Content-Length", first: nil, all: []),
        Case(name: "prefix is not a match", lookup: "Content", first: nil, all: []),
    ]

    func testCaseInsensitiveLookup() {
        for c in Self.cases {
            XCTAssertEqual(Self.headers[c.lookup], c.first, c.name)
            XCTAssertEqual(Self.headers.values(for: c.lookup), c.all, c.name)
        }
    }

    func testOrderIsKept() {
        XCTAssertEqual(Self.headers.map { "\($0.name)=\($0.value)" }, ["Content-Type=text/plain", "X-Tag=a", "x-tag=b"])
    }

    func testAddSetRemove() {
        var h = HTTPHeaders()
        h.add("A", "1")
        h.add("a", "2")
        h.set("B", "3")
        h.set("A", "4")
        XCTAssertEqual(h.map { "\($0.name)=\($0.value)" }, ["B=3", "A=4"])
        h.remove("b")
        XCTAssertEqual(h.map { "\($0.name)=\($0.value)" }, ["A=4"])
    }
}
