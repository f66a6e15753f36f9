import Foundation
import XCTest
@testable import CoachStore

final class SessionIndexTests: XCTestCase {
    static func key(_ name: String) -> SessionKey { SessionKey(user: name) }
    static func entry(_ lastSeen: Int64) -> SessionEntry { SessionEntry(data: Data([1, 2]), lastSeen: lastSeen) }

    /// Purges in sequence over sessions last seen at 10 (a), 20 (b) and 30 (c); then d is saved with an old time.
    func testPurgeExpired() {
        var index = SessionIndex(entries: ["a": 10, "b": 20, "c": 30].reduce(into: [:]) {
            $0[Self.key($1.key)] = Self.entry(Int64($1.value))
        }, dead: [])
        let steps: [(name: String, putOld: Bool, cutoff: Int64, live: Set<String>, dead: Set<String>, liveBytes: Int)] = [
            ("nothing expired yet", false, 5, ["a", "b", "c"], [], 3 * 58),
            ("a expires", false, 15, ["b", "c"], ["a"], 2 * 58),
            ("same cutoff again", false, 15, ["b", "c"], ["a"], 2 * 58),
            ("b expires", false, 25, ["c"], ["a", "b"], 58),
            ("d saved with time 1, expires at once", true, 25, ["c"], ["a", "b", "d"], 58),
            ("everything", false, 31, [], ["a", "b", "c", "d"], 0),
        ]
        for step in steps {
            if step.putOld { index.put(Self.key("d"), Self.entry(1)) }
            index.purgeExpired(before: step.cutoff)
            XCTAssertEqual(Set(index.entries.keys), Set(step.live.map(Self.key)), step.name)
            XCTAssertEqual(index.dead, Set(step.dead.map(Self.key)), step.name)
            XCTAssertEqual(index.liveBytes, step.liveBytes, step.name)
        }
    }
}
