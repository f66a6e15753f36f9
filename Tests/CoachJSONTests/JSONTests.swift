import CoachJSON
import XCTest

/// The one JSON string writer and the one decoder of a chat message in.
final class JSONTests: XCTestCase {
    func testStringsAreEscapedPerRFC8259() {
        let cases: [(String, String)] = [
            ("plain", #""plain""#),
            ("quote \" backslash \\", #""quote \" backslash \\""#),
            ("\n\r\t", #""\n\r\t""#),
            ("\u{1}\u{1F}\u{7F}", #""\u0001\u001f\u007f""#),
            ("line\u{2028}para\u{2029}", #""line\u2028para\u2029""#),
            ("Zoë — ✓", #""Zoë — ✓""#),
        ]
        for (value, expected) in cases { XCTAssertEqual(JSONText.string(value), expected, value) }
        XCTAssertEqual(JSONText.strings(["a", "b\""]), #"["a","b\""]"#)
        XCTAssertEqual(JSONText.errorLine("no \"text\""), #"{"error":"no \"text\""}"#)
    }

    func testObjectsKeepTheOrderGiven() {
        var object = JSONObject()
        object.add("s", "a\"b")
        object.add("none", nil as String?)
        object.add("list", ["x"])
        object.add("map", ["b": "2", "a": "1"])
        object.add("n", UInt64.max)
        object.add("yes", true)
        object.add("raw", json: "[1]")
        XCTAssertEqual(object.json, #"{"s":"a\"b","none":null,"list":["x"],"map":{"a":"1","b":"2"},"n":18446744073709551615,"yes":true,"raw":[1]}"#)
        XCTAssertEqual(JSONObject().json, "{}")
    }

    func testChatInput() {
        let cases: [(name: String, line: String, defaultUser: String?, expected: Result<ChatInput, ChatInput.Refusal>)] = [
            ("text and user", #"{"text":"hi","user":"u1"}"#, "local", .success(ChatInput(user: "u1", text: "hi"))),
            ("default user", #"{"text":"hi"}"#, "local", .success(ChatInput(user: "local", text: "hi"))),
            ("null user", #"{"text":"hi","user":null}"#, "local", .success(ChatInput(user: "local", text: "hi"))),
            ("user required", #"{"text":"hi"}"#, nil, .failure(.init(message: "\"user\" must be a non-empty string"))),
            ("empty user", #"{"text":"hi","user":""}"#, "local", .failure(.init(message: "\"user\" must be a non-empty string"))),
            ("number user", #"{"text":"hi","user":7}"#, "local", .failure(.init(message: "\"user\" must be a non-empty string"))),
            ("no text", #"{"user":"u"}"#, "local", .failure(.init(message: "\"text\" must be a string"))),
            ("not an object", #"["hi"]"#, "local", .failure(.init(message: "line is not a JSON object"))),
            ("not JSON", #"{"text":"#, "local", .failure(.init(message: "line is not valid JSON"))),
        ]
        for test in cases {
            XCTAssertEqual(ChatInput.decode(Array(test.line.utf8), defaultUser: test.defaultUser), test.expected, test.name)
        }
    }
}
