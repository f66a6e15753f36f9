import CoachCore
import CoachJSON
import Foundation

extension SessionState {
    /// The state as stores keep it: compact JSON, written by hand: the same document `JSONEncoder` would produce
    /// (and `JSONDecoder` reads back), several times faster, since servers encode it on every turn.
    public func encodedJSON() -> Data {
        var random = JSONObject()
        random.add("state", self.random.state)
        var out = JSONObject()
        out.add("version", version)
        out.add("state", state)
        out.add("history", history)
        out.add("slots", slots)
        out.add("context", context)
        out.add("seed", seed)
        out.add("random", json: random.json)
        out.add("misses", misses)
        out.add("turns", turns)
        out.add("greeted", greeted)
        out.add("ended", ended)
        return Data(out.json.utf8)
    }
}
