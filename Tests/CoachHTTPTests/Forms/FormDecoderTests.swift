import XCTest
@testable import CoachHTTP

final class FormDecoderTests: XCTestCase {
    struct Case {
        var name: String
        var body: [UInt8]
        /// nil when decoding must fail.
        var expected: [[String]]?
    }

    static let cases: [Case] = [
        Case(name: "empty body", body: [], expected: []),
        Case(name: "two pairs", body: Array("a=1&b=2".utf8), expected: [["a", "1"], ["b", "2"]]),
        Case(name: "plus is space", body: Array("msg=hello+there".utf8), expected: [["msg", "hello there"]]),
        Case(name: "percent escapes", body: Array("q=%41%62c%2B%26%3D".utf8), expected: [["q", "Abc+&="]]),
        Case(name: "lowercase hex", body: Array("q=%e2%9c%93".utf8), expected: [["q", "✓"]]),
        Case(name: "escaped name", body: Array("a%20b=c".utf8), expected: [["a b", "c"]]),
        Case(name: "empty value", body: Array("a=&b=".utf8), expected: [["a", ""], ["b", ""]]),
        Case(name: "no equals sign", body: Array("flag".utf8), expected: [["flag", ""]]),
        Case(name: "only equals", body: Array("=".utf8), expected: [["", ""]]),
        Case(name: "second equals is part of the value", body: Array("a=b=c".utf8), expected: [["a", "b=c"]]),
        Case(name: "empty pairs skipped", body: Array("&a=1&&b=2&".utf8), expected: [["a", "1"], ["b", "2"]]),
        Case(name: "repeated names kept in order", body: Array("x=1&x=2".utf8), expected: [["x", "1"], ["x", "2"]]),
        Case(name: "raw UTF-8 passes", body: Array("n=José".utf8), expected: [["n", "José"]]),
        Case(name: "truncated escape", body: Array("a=%4".utf8), expected: nil),
        Case(name: "percent at end", body: Array("a=%".utf8), expected: nil),
        Case(name: "non-hex escape", body: Array("a=%zz".utf8), expected: nil),
        Case(name: "escape makes invalid UTF-8", body: Array("a=%C3%28".utf8), expected: nil),
        Case(name: "raw invalid UTF-8", body: [UInt8(ascii: "a"), UInt8(ascii: "="), 0xFF], expected: nil),
        Case(name: "escaped lone continuation byte in name", body: Array("%80=1".utf8), expected: nil),
    ]

    func testCases() {
        for c in Self.cases {
            let decoded = FormDecoder.decode(c.body)?.map { [$0.0, $0.1] }
            XCTAssertEqual(decoded, c.expected, c.name)
        }
    }
}
