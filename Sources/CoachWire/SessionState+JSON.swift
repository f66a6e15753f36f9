import CoachCore
import CoachJSON
import Foundation

extension SessionState {
    /// The state as stores keep it: compact JSON, written by hand: the same document `JSONEncoder` would produce
    /// (and `JSONDecoder` reads back), several times faster, since servers encode it on every turn.
    public func encodedJSON() -> Data {
        func object(_ dictionary: [String: String]) -> String {
            "{" + dictionary.sorted { $0.key < $1.key }.map { "\(JSONText.string($0.key)):\(JSONText.string($0.value))" }.joined(separator: ",") + "}"
        }
        var out = "{\"version\":\(version),\"state\":\(JSONText.string(state)),\"history\":\(JSONText.strings(history))"
        out += ",\"slots\":\(object(slots)),\"context\":\(object(context)),\"seed\":\(seed),\"random\":{\"state\":\(random.state)}"
        out += ",\"misses\":\(misses),\"turns\":\(turns),\"greeted\":\(greeted),\"ended\":\(ended)}"
        return Data(out.utf8)
    }
}
