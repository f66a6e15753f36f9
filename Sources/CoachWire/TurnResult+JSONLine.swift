import CoachCore
import CoachJSON

extension TurnResult {
    /// The JSON-lines output object for this turn (see the README's JSON lines section), without a newline.
    public func jsonLine(user: String) -> String {
        let replies = replies.map { reply in
            var object = JSONObject()
            object.add("text", reply.text)
            if let choices = reply.choices { object.add("choices", choices) }
            return object.json
        }
        var line = JSONObject()
        line.add("user", user)
        line.add("replies", json: "[" + replies.joined(separator: ",") + "]")
        line.add("state", session.state)
        line.add("intent", intent)
        line.add("tags", tags)
        return line.json
    }
}
