import CoachCore
import CoachFiles
import CoachWire
import Foundation
import XCTest

/// The JSON-lines turn object, the session document and XML escaping, byte for byte.
final class WireFormatTests: XCTestCase {
    let engine: Engine = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/example")
        guard let brain = DialogueDirectory(path: folder.path).load().brain else { preconditionFailure("the example fixture has errors") }
        return Engine(brain: brain)
    }()

    func testJSONLine() {
        let turn = engine.respond(to: "he has a knife", in: engine.newSession(seed: 1))
        XCTAssertEqual(turn.jsonLine(user: "u\"1"),
                       #"{"user":"u\"1","replies":[{"text":"Call the emergency number (112 in Europe, 911 in North America) and keep a safe distance.","choices":["Continue"]}],"state":"emergency","intent":"danger","tags":["safety.emergency"]}"#)
    }

    func testHandWrittenJSONDecodesToTheSameState() throws {
        var session = SessionState(state: "plan \"quoted\"", seed: UInt64.max, context: ["region": "uk"])
        session.history = ["welcome", "setting_chosen"]
        session.slots = ["setting": "work", "who": "Zoë \\ \"K\"\n"]
        session.misses = 2
        session.turns = 7
        session.greeted = true
        _ = session.random.next()
        let data = session.encodedJSON()
        XCTAssertEqual(try JSONDecoder().decode(SessionState.self, from: data), session)
        let fresh = SessionState(state: "s", seed: 0)
        XCTAssertEqual(String(decoding: fresh.encodedJSON(), as: UTF8.self),
                       #"{"version":1,"state":"s","history":[],"slots":{},"context":{},"seed":0,"random":{"state":0},"misses":0,"turns":0,"greeted":false,"ended":false}"#)
    }

    func testXMLEscaping() {
        XCTAssertEqual(XMLText.text("<a & 'b'>\u{1}\r"), "&lt;a &amp; 'b'&gt;\u{FFFD}&#13;")
        XCTAssertEqual(XMLText.attribute("a\"b'\n\t<"), "\"a&quot;b&apos;&#10;&#9;&lt;\"")
    }
}
